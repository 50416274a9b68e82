"""Every newsgraph spaCy factory is declared as a `spacy_factories` entry point, so `add_pipe` finds it by name in
any pipeline without importing newsgraph first."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACTORY = re.compile(r'@Language\.factory\(\s*"(?P<name>[^"]+)"[^@]*?\ndef (?P<function>\w+)', re.S)


def _declared() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]


def test_every_factory_in_the_source_is_an_entry_point() -> None:
    found = {}
    for path in (ROOT / "src/newsgraph").rglob("*.py"):
        module = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts)
        found |= {m["name"]: f"{module}:{m['function']}" for m in FACTORY.finditer(path.read_text())}
    assert "newsgraph_paragraphs" in found and "newsgraph_quotes" in found
    assert _declared() == found


def test_a_fresh_interpreter_adds_the_components_by_name_alone() -> None:
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "for name in sys.argv[1:]:\n"
        "    nlp.add_pipe(name)\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    names = ["newsgraph_paragraphs", "newsgraph_times"]
    run = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == names
