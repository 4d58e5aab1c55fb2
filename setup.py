"""Which packages the wheel carries; everything else is in pyproject.toml.

pyproject.toml alone cannot say both "every package found under desktop/" and "resources/ is
desktop.resources", so the list is made here: new subpackages of desktop/ are picked up without
editing anything, and every subfolder of resources/ (fonts, translations, demo, ...) is a
data package of its own, so setuptools ships its files without warning about it.
"""

from setuptools import find_namespace_packages, find_packages, setup

DESKTOP = find_packages(include=["desktop", "desktop.*"], exclude=["desktop.resources*"])
RESOURCES = ["desktop.resources"] + [
    f"desktop.resources.{name}"
    for name in find_namespace_packages("resources", exclude=["*__pycache__*"])
]

setup(packages=DESKTOP + RESOURCES, package_dir={"desktop.resources": "resources"})
