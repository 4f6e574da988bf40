# Shared helpers for blind_v5 generators. Standard library only.
import base64, codecs, urllib.parse

def I(text, tier, label, category, lang, notes):
    if len(text) >= 300 and tier in ("tool", "media") and not notes.startswith("long "):
        raise ValueError("long item notes must start with 'long <shape>;': " + notes)
    return {"text": text, "tier": tier, "label": label, "category": category,
            "lang": lang, "notes": notes}

def b64(s): return base64.b64encode(s.encode("utf-8")).decode("ascii")
def hexs(s): return s.encode("utf-8").hex()
def rot13(s): return codecs.encode(s, "rot13")
def rev(s): return s[::-1]
def urlenc(s): return urllib.parse.quote(s, safe="")
def htmlent(s): return "".join("&#%d;" % ord(c) for c in s)
def zw(s): return "\u200b".join(s)
def tags(s): return "".join(chr(0xE0000 + ord(c)) for c in s if ord(c) < 128)
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443"}
def homo(s): return "".join(HOMO.get(c, c) for c in s)
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
def leet(s): return "".join(LEET.get(c.lower(), c) for c in s)
def spaced(s): return " ".join(s)
