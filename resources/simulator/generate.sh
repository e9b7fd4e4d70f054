#!/bin/sh
# Regenerates the simulator's training-only TLS material (see README.md). Run once, by hand,
# from the checkout root inside the build root: `tools/dev shell resources/simulator/generate.sh`.
# The wizard never runs this: administrators' desktops have no openssl, so the results are
# committed and compiled into uw_simulator (the simulator part of uw_core).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../tests/wizard/data/simulator"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
days=7300 # 20 years: a classroom must not find the simulator broken by an expired certificate

cd "$work"
openssl req -x509 -new -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days "$days" -sha256 \
    -subj "/O=Upgrade Wizard training simulator/CN=Upgrade Wizard Training CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

sign() { # sign NAME SUBJECT EXTENSIONS
    openssl req -new -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$2"
    printf '%b' "$3" >"$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" -days "$days" \
        -sha256 -extfile "$1.ext"
}
sign server "/O=Upgrade Wizard training simulator/CN=localhost" \
    "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"
sign client "/O=Upgrade Wizard training simulator/CN=uw-training-admin" \
    "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n"

# A client certificate from somebody else's CA, for the tests that must see it refused.
openssl req -x509 -new -newkey rsa:2048 -nodes -keyout stranger.key -out stranger.pem -days "$days" -sha256 \
    -subj "/O=Not the simulator/CN=stranger" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=clientAuth"

for f in ca.pem server.pem server.key client.pem client.key; do
    cp "$f" "$here/$f"
done
mkdir -p "$data"
cp stranger.pem stranger.key "$data/"
