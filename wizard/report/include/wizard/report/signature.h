#pragma once

// Reports signed with the operator's SSH key, through the system's OpenSSH (`ssh-keygen -Y`,
// OpenSSH 8.1 and later): the key most administrators already have, and no cryptography of our
// own. A signature is `<file>.sig` beside the file, in the namespace "upgrade-wizard", so a
// signature made for anything else (git commits, say) is refused. Each call runs ssh-keygen and
// waits for it: call them off the GUI thread.

#include "wizard/support/error.h"

#include <QString>

namespace uw::signature {

inline constexpr char kNamespace[] = "upgrade-wizard";

// Where ssh-keygen is (PATH), or an error saying how to get it.
Result<QString> sshKeygen();

// Signs `file` with `key`: a private key file (ssh-keygen asks for its passphrase on the
// terminal), or a public key whose private half ssh-agent holds. Writes and returns
// `<file>.sig`.
Result<QString> signFile(const QString &file, const QString &key);

struct Verdict
{
    bool good = false;
    QString signer; // the principal of allowed_signers that made it; empty when not checked
    QString key; // the key as ssh-keygen names it: "ED25519 key SHA256:..."
    QString message; // ssh-keygen's own words, for a bad signature
};

// Checks the signature `signatureFile` of `file`. With `allowedSigners` (ssh-keygen's
// allowed_signers format: "principal namespaces=\"upgrade-wizard\" ssh-ed25519 AAAA..."), that a
// key listed there made it; without, only that the file is what was signed. An error when the
// check could not be made (no ssh-keygen, a file that cannot be read).
Result<Verdict> verifyFile(const QString &file, const QString &signatureFile, const QString &allowedSigners);

} // namespace uw::signature
