"""Country calling codes: does a dialled digit string begin with an international prefix and a real code?

Source: the ITU-T E.164 list of assigned country codes (ITU-T Recommendation E.164 Annex to the ITU
Operational Bulletin), written out by hand for Intake from public knowledge; public domain.  Only the
geographic codes are listed (``1`` North America ... ``998`` Uzbekistan); no prefix of one code is
another code, so reading the longest match is unambiguous.
"""

from __future__ import annotations

from functools import cache

_CODES = (
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 "
    "81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 "
    "233 234 235 236 237 238 239 240 241 242 243 244 245 246 248 249 250 251 252 253 254 255 256 257 258 260 "
    "261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 "
    "372 373 374 375 376 377 378 379 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 "
    "507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 "
    "685 686 687 688 689 690 691 692 850 852 853 855 856 880 886 960 961 962 963 964 965 966 967 968 970 971 "
    "972 973 974 975 976 977 992 993 994 995 996 998"
)


@cache
def codes() -> frozenset[str]:
    """Every assigned geographic country calling code, as digits."""
    return frozenset(_CODES.split())


def calling_code(digits: str) -> str | None:
    """The country calling code ``digits`` begins with (``375...`` -> ``375``), or None."""
    table = codes()
    return next((digits[:k] for k in (1, 2, 3) if digits[:k] in table), None)


def international(digits: str) -> bool:
    """``digits`` is dialled abroad: the ``00`` access prefix, a real calling code and 7-12 more digits
    (``00 420 777 123 456``, ``0044 7700 900418``), not a trunk ``0`` or a zero-padded group."""
    if not digits.startswith("00") or digits[2:3] == "0":
        return False
    code = calling_code(digits[2:])
    return code is not None and 7 <= len(digits) - 2 - len(code) <= 12
