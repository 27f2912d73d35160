"""The error both bot APIs answer with, and the shared failure/duplicate injection switches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ApiError(Exception):
    """Becomes ``{"ok":false,"error_code":status,"description":...,"parameters":...}``."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


SERVER_ERROR_TEXT = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class FailSpec:
    """One injected failure rule, consumed ``count`` times (``method`` "*" matches any)."""

    channel: str
    method: str
    count: int
    status: int = 500
    timeout: float | None = None  # hang this long before answering
    deliver: bool = False  # after a hang, process the request normally (late success)
    description: str | None = None  # default: the standard reason phrase for ``status``

    def error(self) -> ApiError:
        text = self.description or SERVER_ERROR_TEXT.get(self.status, "Internal Server Error")
        return ApiError(self.status, text)

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "method": self.method,
            "count": self.count,
            "status": self.status,
            "timeout": self.timeout,
            "deliver": self.deliver,
            "description": self.description,
        }


class Failures:
    def __init__(self) -> None:
        self.rules: list[FailSpec] = []

    def add(self, spec: FailSpec) -> None:
        self.rules.append(spec)

    def take(self, channel: str, method: str) -> FailSpec | None:
        for rule in self.rules:
            if rule.channel == channel and rule.method in (method, "*") and rule.count > 0:
                rule.count -= 1
                if rule.count == 0:
                    self.rules.remove(rule)
                return rule
        return None

    def clear(self) -> None:
        self.rules.clear()
