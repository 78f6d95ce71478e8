"""creditcheck installed as pip installs it for a user, for the start-up and CLI benchmarks.

A checkout's environment holds creditcheck as an editable install: a .pth file makes every interpreter start load
setuptools' editable finder (importlib.util, pathlib, fnmatch and its patterns), and that environment's `python -c
pass` took 23 ms here, against 12 ms in a fresh virtual environment. A user's `pip install creditcheck` has no
such finder, so the benchmarks time creditcheck the way a user's machine runs it: a fresh virtual environment
(`python -m venv`, no pip) whose site-packages holds the package's files as a wheel lays them out (checker/, its
data files, schemas/ as checker/schemas), their bytecode written as pip writes it at install, a `creditcheck`
console script as pip writes one, and this environment's site-packages (the dependencies: Pillow, lxml, pydantic...)
on the path through a .pth file. A .pth file in a directory named by another .pth file is not run, so the editable
finder stays out. No network and no build backend are needed.
"""

from __future__ import annotations

import compileall
import shutil
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def install(folder: Path, checkout: Path = ROOT) -> Path:
    """A fresh environment in `folder` with `checkout`'s creditcheck installed; its python."""
    venv.EnvBuilder(with_pip=False, symlinks=True, clear=True).create(folder)
    python = folder / "bin" / "python"
    site = next((folder / "lib").glob("python3*/site-packages"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(checkout / "checker", site / "checker", ignore=ignore)
    shutil.copytree(checkout / "schemas", site / "checker" / "schemas", ignore=ignore, dirs_exist_ok=True)
    compileall.compile_dir(site / "checker", quiet=1)
    (site / "creditcheck-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    script = folder / "bin" / "creditcheck"
    script.write_text(f"#!{python}\nimport sys\nfrom checker.cli import main\nsys.exit(main())\n", encoding="utf-8")
    script.chmod(0o755)
    return python
