"""OWL 2 DL checks of RDF files with the OWL API and the HermiT reasoner, run by test_owl.py
as a child process: a JVM, once started, stays in its process, and the test process forks
builds.

    python tests/owl_check.py profile FILE      OWL 2 DL profile violations, one a line
    python tests/owl_check.py consistent FILE   "consistent" or "inconsistent", then the
                                                unsatisfiable classes, one a line

Both exit 0 when the file passes and 1 when it does not. The jars come with owlready2 (PyPI):
HermiT 1.3.8, which bundles the OWL API 3.4 and its profile checkers; Java comes from the
machine (Debian's default-jre-headless). `consistent` ignores datatypes outside OWL 2's map
(xsd:date in the data), which HermiT would otherwise refuse; `profile` reports them.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path


def hermit_jar() -> Path:
    spec = find_spec("owlready2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("owlready2 is not installed: pip install '.[test]'")
    return Path(next(iter(spec.submodule_search_locations))) / "hermit" / "HermiT.jar"


def main(command: str, path: str) -> int:
    import jpype
    import jpype.imports  # makes Java packages importable

    jpype.startJVM(classpath=[str(hermit_jar())], convertStrings=True)
    from java.io import File  # type: ignore[import-not-found]
    from org.semanticweb.HermiT import Configuration, Reasoner  # type: ignore[import-not-found]
    from org.semanticweb.owlapi.apibinding import OWLManager  # type: ignore[import-not-found]
    from org.semanticweb.owlapi.profiles import OWL2DLProfile  # type: ignore[import-not-found]

    manager = OWLManager.createOWLOntologyManager()
    ontology = manager.loadOntologyFromOntologyDocument(File(str(Path(path).resolve())))
    if command == "profile":
        violations = sorted(str(v) for v in OWL2DLProfile().checkOntology(ontology).getViolations())
        print("\n".join(violations))
        return 1 if violations else 0
    if command == "consistent":
        configuration = Configuration()
        configuration.ignoreUnsupportedDatatypes = True
        reasoner = Reasoner(configuration, ontology)
        if not reasoner.isConsistent():
            print("inconsistent")
            return 1
        print("consistent")
        unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()
        print("\n".join(sorted(str(c) for c in unsatisfiable)))
        return 1 if unsatisfiable.size() else 0
    raise SystemExit(f"unknown command {command!r}: profile or consistent")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
