from tests.e2e.conftest import harness  # noqa: F401  (the real bot against the sandbox)
