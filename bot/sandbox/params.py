"""Bot API request parameters from JSON, form-urlencoded, multipart or the query string.

aiogram sends every call as a form: strings raw, numbers and booleans JSON-encoded ("123",
"true"), objects and lists as JSON strings, and uploads as ``attach://<name>`` plus a file part
named ``<name>``. Other clients post JSON. ``Params`` hides the difference.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request

from bot.sandbox.errors import ApiError, bad_request


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str | None
    content_type: str | None


class Params:
    def __init__(self, values: dict[str, Any], files: dict[str, Upload] | None = None) -> None:
        self.values = values
        self.files = files or {}

    @classmethod
    async def from_request(cls, request: Request) -> Params:
        values: dict[str, Any] = dict(request.query_params)
        files: dict[str, Upload] = {}
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            body = await request.body()
            if body.strip():
                try:
                    parsed = json.loads(body)
                except ValueError as exc:
                    raise bad_request("can't parse JSON object") from exc
                if not isinstance(parsed, dict):
                    raise bad_request("can't parse JSON object")
                values.update(parsed)
        elif content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
            # Text fields may hold a whole JSON media list; 16 MB is plenty and still bounded.
            async with request.form(
                max_files=100, max_fields=1000, max_part_size=16 * 1024 * 1024
            ) as form:
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        files[key] = Upload(await value.read(), value.filename, value.content_type)
                    else:
                        values[key] = value
        return cls(values, files)

    def has(self, name: str) -> bool:
        value = self.values.get(name)
        return value is not None and value != ""

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def get_str(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value, ensure_ascii=False)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise bad_request(f"invalid {name} specified")
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError as exc:
            raise bad_request(f"invalid {name} specified") from exc

    def get_float(self, name: str, default: float | None = None) -> float | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError) as exc:
            raise bad_request(f"invalid {name} specified") from exc

    def get_bool(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"true", "1", "yes"}

    def get_json(self, name: str, error: str) -> Any:
        """An object/list parameter, given either as JSON text (forms) or natively (JSON)."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError as exc:
                raise bad_request(error) from exc
        return value

    def upload(self, reference: Any, field: str) -> Upload | None:
        """The uploaded file for ``attach://<name>``, or a file part sent directly as ``field``."""
        if isinstance(reference, str) and reference.startswith("attach://"):
            upload = self.files.get(reference.removeprefix("attach://"))
            if upload is None:
                raise bad_request(
                    f'can\'t find attached file "{reference.removeprefix("attach://")}"'
                )
            return upload
        if reference is None and field in self.files:
            return self.files[field]
        return None


def require(condition: bool, error: ApiError) -> None:
    if not condition:
        raise error
