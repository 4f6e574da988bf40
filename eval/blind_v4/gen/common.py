"""Record constructors and encoding helpers for blind_v4."""
import base64, codecs, urllib.parse

INJ_CATS = {"override", "extraction", "jailbreak", "role_spoof", "exfiltration",
            "obfuscation", "indirect_instruction"}
BEN_CATS = {"benign", "hard_negative"}


def rec(text, tier, category, lang, notes):
    label = "benign" if category in BEN_CATS else "injection"
    assert category in INJ_CATS | BEN_CATS, category
    assert tier in ("user", "tool", "media"), tier
    return {"text": text, "tier": tier, "label": label, "category": category,
            "lang": lang, "source": "blind_v4", "notes": notes}


def inj(text, tier, category, lang, notes):
    assert category in INJ_CATS
    return rec(text, tier, category, lang, notes)


def hn(text, tier, lang, notes):
    return rec(text, tier, "hard_negative", lang, notes)


def ben(text, tier, lang, notes):
    return rec(text, tier, "benign", lang, notes)


# ---- obfuscation helpers (applied at build time) ----
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def rev(s):
    return s[::-1]


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def htmlent(s):
    return "".join("&#%d;" % ord(c) for c in s)


def zw(s, ch="\u200b"):
    return ch.join(s)


def tags(s):
    """Invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if ord(c) < 128)


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(s):
    return "".join(LEET.get(c.lower(), c) for c in s)


def spaced(s):
    return " ".join(s)
