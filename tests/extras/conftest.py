"""The command line speaking another language, for the tests of the services' messages."""

from tests.test_phrases import english  # noqa: F401 - a fixture
