#!/usr/bin/env python3
"""check_mime.py FILE...: each file parses with Python's email (policy default) without a defect in
the message, any part or any header, and its text and attachments decode. Exit 1 naming the file and
the defect otherwise. Run by ctest (MimePython) over tests/compose/golden_mime/*.eml."""
import email
import email.policy
import sys


def problems(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    found = []
    for part in msg.walk():
        found += [f"{type(d).__name__}: {d}" for d in part.defects]
        for name, value in part.items():  # header objects parse on access
            found += [f"{name}: {type(d).__name__}: {d}" for d in getattr(value, "defects", ())]
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            if not part.get_content().strip():
                found.append("empty text part")
        else:
            if part.get_filename() is None:
                found.append("attachment without a file name")
            part.get_payload(decode=True)
    if msg.get("Message-ID") is None or msg.get("Date") is None:
        found.append("no Message-ID or Date")
    return found


def main():
    bad = 0
    for path in sys.argv[1:]:
        for p in problems(path):
            print(f"{path}: {p}")
            bad += 1
    print(f"{len(sys.argv) - 1} files, {bad} problems")
    return 1 if bad or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
