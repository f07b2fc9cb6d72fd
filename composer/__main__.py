"""`python -m composer` runs the same CLI as `tactful`."""

from composer.cli import main

main()
