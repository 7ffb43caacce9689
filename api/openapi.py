"""The OpenAPI document, generated from the schemas: print it, or check the committed copy.

python -m api.openapi            # print openapi.yaml
python -m api.openapi --write    # rewrite openapi.yaml
python -m api.openapi --check    # exit 1 if openapi.yaml differs from the code
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from api.spec import spec_yaml

COMMITTED_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


def main(argv: list[str] | None = None) -> int:
    from api import create_app

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="rewrite the committed openapi.yaml")
    action.add_argument("--check", action="store_true", help="fail if openapi.yaml differs from the code")
    options = parser.parse_args(argv)
    generated = spec_yaml(create_app())
    if options.write:
        COMMITTED_SPEC.write_text(generated, encoding="utf-8")
        return 0
    if options.check:
        committed = COMMITTED_SPEC.read_text(encoding="utf-8") if COMMITTED_SPEC.exists() else ""
        if committed != generated:
            print("openapi.yaml differs from the generated document: run `make openapi`.", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(generated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
