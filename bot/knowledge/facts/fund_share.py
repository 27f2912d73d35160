"""A fund's size told against the budget it is capped by, as a share (task h220).

The xã's Quỹ thi đua, khen thưởng is capped at a share of its total regular spending (NĐ
152/2025/NĐ-CP Điều 46 khoản 3: 1 %, or 1,5 % in mountain, highland, remote and island xã).
"quỹ 500 triệu, chi thường xuyên 20 tỷ, có vượt mức tối đa không" is answered by the share
computed from the two sums told, weighed against the cap the fact states.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words

__all__ = ["cap_of", "fund_share_verdict", "region_rates_verdict", "regions_paired"]

#: a sum told in tỷ or triệu ("20 tỷ", "1,2 tỷ", "500 triệu", "500tr")
_SUM = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(ty|trieu|tr)\b")
#: the budget the cap is a share of, named in the few words before its sum
_BASE = re.compile(r"\b(?:chi thuong xuyen|ngan sach|du toan|tong chi)\b")
_FUND = re.compile(r"\bquy\b")
#: the cap the fact states: "tối đa 1,5 %"
_CAP = re.compile(r"tối đa (\d+(?:,\d+)?) ?%")
#: the ask is whether the sum goes over ("có vượt … không"), not whether it is allowed
_CAP_CLAIMED = re.compile(r"\btoi da (\d+(?:[.,]\d+)?) ?(?:%|phan tram)")
_OVER_ASKED = re.compile(r"\b(?:vuot|qua muc|qua gioi han|cao qua|lo hon)\b")


def _sums(said: str) -> tuple[float | None, float | None]:
    """The budget and the fund told, each in million đồng, or None for one not told."""
    base = fund = None
    for found in _SUM.finditer(said):
        value = float(found.group(1).replace(",", "."))
        million = value * 1000 if found.group(2) == "ty" else value
        before = said[max(0, found.start() - 40) : found.start()]
        if _BASE.search(before) and base is None:
            base = million
        elif _FUND.search(before) and fund is None:
            fund = million
    return base, fund


def fund_share_verdict(question: str, body: str) -> tuple[str, str] | None:
    """("Có" / "Không", a sentence with the share) when the question tells both the fund and
    the budget and the body states one cap; None otherwise."""
    caps = {c.replace(",", ".") for c in _CAP.findall(body)}
    if len(caps) != 1:
        return None
    said = folded_words(question, "/")
    base, fund = _sums(said)
    if not base or not fund:
        return None
    cap = float(caps.pop())
    capped = f"{cap:g}".replace(".", ",")
    claimed = _CAP_CLAIMED.search(" ".join(fold(question).lower().split()))
    if claimed is not None and abs(_rate(claimed.group(1)) - cap) > 1e-9:
        # "xã trung du, e tính quỹ tối đa 1,0 % là 250 triệu, đúng tỷ lệ chưa": the cap itself
        # is put up, and it is not the region's (NĐ 152/2025 Điều 46 khoản 3; task f186)
        return "Không", f"Mức tối đa là {capped} %, không phải {claimed.group(1)} %."
    share = fund / base * 100
    over = share > cap + 1e-9
    shown = f"{share:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    note = (
        f"Quỹ anh/chị nêu bằng {shown} % tổng chi thường xuyên, "
        f"{'vượt' if over else 'không vượt'} mức tối đa {capped} %."
    )
    asked_over = _OVER_ASKED.search(" ".join(fold(question).lower().split())) is not None
    verdict = ("Có" if over else "Không") if asked_over else ("Không" if over else "Có")
    return verdict, note


#: a cap denied altogether: "quỹ không giới hạn", "muốn trích bao nhiêu cũng được", "tùy ý"
_NO_CAP = re.compile(
    r"\b(?:khong|ko|k|chang) (?:co )?(?:gioi han|han muc|muc toi da|(?:muc )?tran)\b"
    r"|\bbao nhieu cung (?:duoc|dc)\b|\btuy y\b|\bthoai mai\b"
)
#: a share claimed: "1,5%", "1,0 %", "1.5 phần trăm"
_RATE = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(?:%|phan tram)")


def _rates_in(toks: list[str]) -> list[float]:
    """The shares claimed in a stretch of words, in order."""
    spaced = " ".join(toks).replace(" %", "%").replace("%", " %")
    return [_rate(found.group(1)) for found in _RATE.finditer(spaced)]


def _shares_after(toks: list[str], named: list[tuple[int, str]]) -> list[tuple[str, float]]:
    """Each region paired with the first share told after it ("miền núi 1,5 %, đồng bằng 1 %")."""
    pairs = []
    for i, (at, region) in enumerate(named):
        end = named[i + 1][0] if i + 1 < len(named) else len(toks)
        rates = _rates_in(toks[at:end])
        if rates:
            pairs.append((region, rates[0]))
    return pairs


def _shares_before(toks: list[str], named: list[tuple[int, str]]) -> list[tuple[str, float]]:
    """Each region paired with the last share told before it, when the shares lead and none
    follows the last region: "tối đa 1 % (tỉnh đồng bằng), 1,5 % miền núi" (fixer f179b)."""
    if not _rates_in(toks[: named[0][0]]) or _rates_in(toks[named[-1][0] :]):
        return []
    pairs = []
    start = 0
    for at, region in named:
        rates = _rates_in(toks[start:at])
        if rates:
            pairs.append((region, rates[-1]))
        start = at + 1
    return pairs


def cap_of(text: str) -> float | None:
    """The first cap a fact's text states ("tối đa 1,5 %"), or None."""
    found = _CAP.search(text)
    return None if found is None else _rate(found.group(1))


def _rate(text: str) -> float:
    return float(text.replace(",", "."))


#: each region's folded namings (``content/facts/subjects.yaml``)
Regions = dict[str, tuple[tuple[str, ...], ...]]


def _mentions(toks: list[str], regions: Regions) -> list[tuple[int, str]]:
    """Where each region is named in ``toks`` (the longest naming at a place), in order."""
    found = []
    at = 0
    while at < len(toks):
        best = max(
            (
                (len(n), key)
                for key, names in regions.items()
                for n in names
                if n and tuple(toks[at : at + len(n)]) == n
            ),
            default=None,
        )
        if best is None:
            at += 1
            continue
        found.append((at, best[1]))
        at += best[0]
    return found


def region_rates_verdict(
    question: str, caps: dict[str, float], regions: dict[str, tuple[tuple[str, ...], ...]]
) -> str | None:
    """ "quỹ xã miền núi tối đa 1,5 % còn đồng bằng 1,0 % đúng k": each share claimed against
    the cap of the region named just before it (``caps``: region → cap, from the fact's own
    cases; ``regions``: region → its folded namings); "quỹ xã không giới hạn" denies the cap.
    "Có" when every share read is its region's cap, "Không" when one is not or the cap is
    denied; None when no region is paired with a share and no cap is denied."""
    said = " ".join(fold(question).lower().split())
    if _NO_CAP.search(said):
        return "Không"
    # the shares keep their comma and mark: "1,5%" is one token, read by ``_RATE``
    toks = re.sub(r"[^\w%.,]+", " ", said).split()
    toks = [t.strip(".,") or t for t in toks]
    named = _mentions(toks, regions)
    if not named:
        return None
    pairs = _shares_before(toks, named) or _shares_after(toks, named)
    if not pairs:
        return None
    if _OVER_ASKED.search(said):
        # "xã miền núi, trích 2% có vượt mức tối đa k": a share planned, weighed against the
        # cap, not a cap claimed (task h340)
        return "Có" if any(rate > caps[r] + 1e-9 for r, rate in pairs) else "Không"
    return "Có" if all(abs(caps[r] - rate) < 1e-9 for r, rate in pairs) else "Không"


def regions_paired(question: str, regions: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many different regions the question names ("miền núi … còn đồng bằng …")."""
    toks = re.sub(r"[^\w]+", " ", " ".join(fold(question).lower().split())).split()
    return len({region for _, region in _mentions(toks, regions)})
