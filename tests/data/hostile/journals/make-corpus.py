#!/usr/bin/env python3
"""Writes the journals of this folder (run it here; the files are committed).

Each NAME.jsonl is the journal of one session whose session.json and playbook.json are the ones
in this folder; corpus.json says what opening that session must answer: it opens (with a
warning, for a torn last line), or it is refused naming the line and what is wrong. Each damaged
journal has one thing wrong, and its hash chain ("prev") is intact unless the chain is what is
wrong: the checks of what the records say must hold without the chain, which anyone can forge.
Deterministic: fixed times, fixed text.
"""
import hashlib
import json

CHAIN_START = hashlib.sha256(b"").hexdigest()

PLAYBOOK = """{
  "schema": 1,
  "id": "journal-corpus",
  "title": "The journal corpus",
  "product": "Test",
  "from": ["1.*"],
  "to": "2.0",
  "source": { "document": "tests/data/hostile/journals/playbook.json" },
  "parameters": [
    {
      "id": "nodes",
      "type": "nodes",
      "label": "Nodes",
      "roles": [ { "id": "member", "label": "Member" } ],
      "min_items": 1,
      "default": [
        { "name": "alpha", "host": "127.0.0.1", "role": "member" },
        { "name": "beta", "host": "127.0.0.2", "role": "member" }
      ]
    }
  ],
  "pages": [
    {
      "id": "work",
      "title": "Work",
      "items": [
        { "id": "ready", "type": "confirm", "title": "Ready", "help": "Sign off to start.", "severity": "blocker" },
        { "id": "look", "type": "check", "title": "Look", "help": "Looks at the journal.", "severity": "blocker",
          "check": { "kind": "path-exists", "path": "${session.dir}/journal.jsonl", "type": "file" } },
        { "id": "run", "type": "task", "title": "Run", "help": "Runs on each node.", "severity": "blocker",
          "foreach": { "nodes": "nodes" },
          "task": { "kind": "command", "program": "uw-testchild", "args": ["print", "hello"] } }
      ]
    }
  ]
}
"""

SESSION = {
    "format": 1,
    "playbook_id": "journal-corpus",
    "playbook_title": "The journal corpus",
    "playbook_source": "tests/data/hostile/journals/playbook.json",
    "created": "2026-01-01T10:00:00.000Z",
    "timestamp": "20260101-110000",
    "operator": "alice",
    "training": False,
    "training_root": "",
    "parameters": {"nodes": [{"name": "alpha", "host": "127.0.0.1", "role": "member"},
                             {"name": "beta", "host": "127.0.0.2", "role": "member"}]},
}

PLAYBOOK_SHA256 = hashlib.sha256(PLAYBOOK.encode()).hexdigest()
FINGERPRINT = ":".join(["AB"] * 32)


def good_records():
    """Every event the program writes, each with every field it writes (engine.cpp, session.cpp)."""
    return [
        {"event": "session-started", "playbook": "journal-corpus", "playbook_sha256": PLAYBOOK_SHA256,
         "operator": "alice", "training": False},
        {"event": "confirmed", "step": "ready", "operator": "alice", "note": "backup of 1 Jan", "unattended": False},
        {"event": "check", "step": "look", "status": "fail", "summary": "no such file", "warning": False,
         "evidence": ["looked at /x"], "duration_ms": 12},
        {"event": "certificate-trusted", "sha256": FINGERPRINT, "operator": "alice"},
        {"event": "task-started", "step": "run@alpha", "kind": "command"},
        {"event": "task-process", "step": "run@alpha", "pid": 4242, "started": 123456789},
        {"event": "task-scratch", "step": "run@alpha", "path": "/tmp/x.partial", "what": "file"},
        {"event": "task-progress", "step": "run@alpha", "fraction": 0.5, "text": "half way"},
        {"event": "task-progress", "step": "run@alpha", "fraction": -1, "text": "unknown"},
        {"event": "session-resumed", "operator": "bob"},
        {"event": "leftovers-removed", "step": "run@alpha", "paths": ["/tmp/x.partial"]},
        {"event": "task-started", "step": "run@alpha", "kind": "command"},
        {"event": "task-finished", "step": "run@alpha", "outcome": "success", "exit_code": 0, "message": "done",
         "duration_ms": 1500},
        {"event": "skipped", "step": "run@beta", "operator": "bob", "reason": "done by hand"},
        {"event": "revoked", "step": "ready", "revoked": "confirmed", "operator": "bob", "reason": "wrong backup"},
        {"event": "parameters-changed", "operator": "bob", "reason": "a node renamed",
         "changes": {"nodes": {"old": "[{\"host\":\"127.0.0.2\",\"name\":\"beta\"}]",
                               "new": "[{\"host\":\"127.0.0.2\",\"name\":\"gamma\"}]"}},
         "reset": ["look", "run@alpha"]},
        {"event": "check", "step": "look", "status": "pass", "summary": "found", "warning": True, "evidence": [],
         "duration_ms": 3},
        {"event": "session-finished", "decision": "no-go", "headline": "NO-GO: 2 blockers are not done"},
    ]


def line(record):
    # Keys sorted and no spaces, as QJsonDocument writes a record; the chain hashes these bytes.
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chained(records, start=1):
    """The lines of `records` with seq, time and prev, as Journal::append writes them."""
    lines = []
    prev = CHAIN_START
    for i, record in enumerate(records):
        full = dict(record)
        full.setdefault("seq", start + i)
        full.setdefault("time", "2026-01-01T10:%02d:%02d.000Z" % (i // 60, i % 60))
        full.setdefault("prev", prev)
        text = line(full)
        lines.append(text)
        prev = hashlib.sha256(text).hexdigest()
    return lines


def rechain(lines):
    """Gives every line the prev of the line before it, whatever each holds (raw lines stay)."""
    out = []
    prev = CHAIN_START
    for text in lines:
        try:
            record = json.loads(text)
        except ValueError:
            record = None
        if isinstance(record, dict) and record and "prev" in record:
            record["prev"] = prev
            text = line(record)
        out.append(text)
        prev = hashlib.sha256(text).hexdigest()
    return out


def journal(lines, torn=b""):
    return b"".join(text + b"\n" for text in lines) + torn


def with_change(index, change=None, drop=()):
    """The good journal with record `index` changed, chain and seq kept intact."""
    records = good_records()
    full = [dict(r, seq=i + 1, time="2026-01-01T10:00:%02d.000Z" % i, prev="") for i, r in enumerate(records)]
    full[index].update(change or {})
    for key in drop:
        full[index].pop(key)
    return journal(rechain([line(r) for r in full]))


def cases():
    good = chained(good_records())
    c = {}
    c["good.jsonl"] = journal(good)
    c["torn-last-line.jsonl"] = journal(good[:5], b'{"event":"task-pro')
    c["unparsable-last-line.jsonl"] = journal(good[:5] + [b'{"event":"task-progress","seq":'])
    c["empty.jsonl"] = b""
    c["only-a-torn-line.jsonl"] = b'{"event":"session-sta'
    c["not-json.jsonl"] = journal(good[:2] + [b"not json"] + good[2:4])
    c["array-line.jsonl"] = journal(good[:2] + [b"[1,2,3]"] + good[2:4])
    c["blank-line.jsonl"] = journal(good[:2] + [b""] + good[2:4])
    c["empty-object.jsonl"] = journal(good[:2] + [b"{}"] + good[2:4])
    c["no-event.jsonl"] = with_change(2, drop=["event"])
    c["unknown-event.jsonl"] = with_change(2, {"event": "teleported"})
    c["event-is-a-number.jsonl"] = with_change(2, {"event": 3})
    c["no-start.jsonl"] = journal(rechain([json.dumps(dict(json.loads(t), seq=i + 1)).encode()
                                           for i, t in enumerate(good[1:4])]))
    c["second-start.jsonl"] = with_change(9, dict(good_records()[0]))
    c["duplicate-seq.jsonl"] = with_change(3, {"seq": 3})
    c["seq-backwards.jsonl"] = with_change(3, {"seq": 2})
    c["seq-gap.jsonl"] = with_change(3, {"seq": 6})
    c["seq-missing.jsonl"] = with_change(3, drop=["seq"])
    c["first-seq-not-one.jsonl"] = with_change(0, {"seq": 4})
    c["unknown-step.jsonl"] = with_change(1, {"step": "teleport"})
    c["foreach-step-without-node.jsonl"] = with_change(4, {"step": "run"})
    c["single-step-with-node.jsonl"] = with_change(1, {"step": "ready@alpha"})
    c["check-for-a-sign-off.jsonl"] = with_change(2, {"step": "ready"})
    c["confirmed-step-is-a-number.jsonl"] = with_change(1, {"step": 7})
    c["confirmed-without-note.jsonl"] = with_change(1, drop=["note"])
    c["unexpected-field.jsonl"] = with_change(2, {"approved": True})
    c["unknown-status.jsonl"] = with_change(2, {"status": "passed"})
    c["time-not-a-time.jsonl"] = with_change(2, {"time": "yesterday"})
    c["duration-not-whole.jsonl"] = with_change(2, {"duration_ms": 1.5})
    c["reset-unknown-step.jsonl"] = with_change(15, {"reset": ["look", "gone@alpha"]})
    c["certificate-not-a-fingerprint.jsonl"] = with_change(3, {"sha256": "trust me"})
    c["other-playbook-copy.jsonl"] = with_change(0, {"playbook_sha256": hashlib.sha256(b"another copy").hexdigest()})
    c["other-playbook-id.jsonl"] = with_change(0, {"playbook": "axway-upgrade"})
    c["no-playbook-sha256.jsonl"] = with_change(0, drop=["playbook_sha256"])
    # The chain itself.
    edited = list(good)
    record = json.loads(edited[2])
    record["status"] = "pass"
    edited[2] = line(record)
    c["edited-record.jsonl"] = journal(edited)
    c["deleted-record.jsonl"] = journal(good[:2] + good[3:])
    c["deleted-first-record.jsonl"] = journal(good[1:])
    unchained = [json.loads(t) for t in good]
    for record in unchained:
        record.pop("prev")
    c["before-the-chain.jsonl"] = journal([line(r) for r in unchained])
    dropped = [json.loads(t) for t in good]
    dropped[3].pop("prev")
    c["prev-missing.jsonl"] = journal(rechain([line(r) for r in dropped]))
    c["prev-not-a-sha256.jsonl"] = journal(good[:3] + [line(dict(json.loads(good[3]), prev="xyz"))] + good[4:5])
    return c


def main():
    with open("playbook.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAYBOOK)
    with open("session.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(SESSION, f, indent=4)
        f.write("\n")
    for name, data in cases().items():
        with open(name, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
