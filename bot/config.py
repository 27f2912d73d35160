"""Configuration from environment variables or a ``.env`` file.

Every setting has a default that needs no setup: SQLite and media under ``./var``, the local
sandbox instead of Telegram when no token is given. The README has the full table.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot import content


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TDKT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default=Path("var"), description="Where SQLite, media and logs live.")
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TDKT_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy URL; default SQLite in data_dir; postgresql:// uses asyncpg.",
    )
    media_dir: Path | None = Field(default=None, description="Default: data_dir/media.")
    content_dir: Path = Field(
        default_factory=content.packaged_content_dir,
        description="A deployment's own content laid over the packaged one (bot/content.py).",
    )
    timezone: str = "Asia/Ho_Chi_Minh"
    log_level: str = "INFO"

    telegram_token: SecretStr | None = None
    telegram_api_base: str | None = Field(
        default=None, description="A custom Bot API server (the sandbox sets this itself)."
    )
    public_url: str | None = Field(
        default=None, description="Public HTTPS base URL; when set Telegram uses a webhook."
    )
    webhook_secret: SecretStr | None = None

    zalo_token: SecretStr | None = Field(
        default=None, description="One Zalo bot from the environment (more: `tdkt zalo add`)."
    )
    zalo_api_base: str = "https://bot-api.zaloplatforms.com"
    zalo_webhook_secret: SecretStr | None = None
    #: Free Zalo bots: about 3,000 messages and 50 users a month (reported, not confirmed).
    zalo_monthly_messages: int = 3000
    zalo_monthly_users: int = 50
    zalo_poll_floor_s: float = 0.5

    #: Signs links officers open (media, feeds); generated into data_dir on first start if unset.
    secret_key: SecretStr | None = None

    web_host: str = "127.0.0.1"
    web_port: int = 8080
    sandbox_host: str = "127.0.0.1"
    sandbox_port: int = 8081

    redis_url: str | None = None
    s3_endpoint_url: str | None = None
    s3_bucket: str | None = None
    s3_access_key: SecretStr | None = None
    s3_secret_key: SecretStr | None = None
    s3_region: str = "us-east-1"

    #: Telegram allows about 30 messages a second in all (one a second per chat); we keep
    #: headroom because its own accounting is not documented (jitter needs none: limiter.py).
    outbox_rate_per_s: float = 25.0
    outbox_per_chat_per_s: float = 0.9
    outbox_per_chat_burst: int = 3
    outbox_concurrency: int = 8

    invite_ttl_days: int = Field(default=14, ge=1)
    #: Role: "all" runs everything; "web" only receives; "worker" runs outbox and scheduler.
    role: str = "all"

    @field_validator("content_dir")
    @classmethod
    def _content_overlay(cls, value: Path) -> Path:
        return content.resolve(value)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value is None:
            return None
        for prefix in ("postgres://", "postgresql://", "postgresql+psycopg://"):
            if value.startswith(prefix):
                return "postgresql+asyncpg://" + value[len(prefix) :]
        if value.startswith("sqlite://") and not value.startswith("sqlite+aiosqlite://"):
            return "sqlite+aiosqlite://" + value[len("sqlite://") :]
        return value

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'tdkt.sqlite3').resolve()}"

    @property
    def media_path(self) -> Path:
        return self.media_dir or self.data_dir / "media"

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def webhook_mode(self) -> bool:
        return bool(self.public_url and self.telegram_token)


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
