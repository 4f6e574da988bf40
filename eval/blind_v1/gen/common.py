"""Shared helpers for the blind_v1 held-out set (standard library only)."""
import base64
import codecs

CASES = []


def I(tier, cat, lang, text, notes=""):
    """Register an injection case."""
    CASES.append(dict(text=text, tier=tier, label="injection", category=cat, lang=lang, notes=notes))


def B(tier, cat, lang, text, notes=""):
    """Register a benign case (cat: benign or hard_negative)."""
    CASES.append(dict(text=text, tier=tier, label="benign", category=cat, lang=lang, notes=notes))


# ---- encodings used by obfuscation cases (computed, never hand-typed) ----

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def reverse(s):
    return s[::-1]


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(s):
    """Insert a zero-width character after every character."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " ":
            out.append(ZW[i % len(ZW)])
    return "".join(out)


def tag_chars(s):
    """Map ASCII to invisible Unicode tag characters (U+E0000 block)."""
    return "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F) + "\U000E007F"


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def leet(s):
    return "".join(LEET.get(c, c) for c in s)


def spaced(s):
    return " ".join(ch if ch != " " else " " for ch in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def urlenc(s):
    from urllib.parse import quote
    return quote(s, safe="")
