"""``python -m statx``."""

from statx.cli import main

if __name__ == "__main__":
    main()
