"""Shared helpers for blind_v3 case modules. Every text is hand-written in the modules."""

def inj(tier, category, lang, text, notes=""):
    return {"text": text, "tier": tier, "label": "injection", "category": category,
            "lang": lang, "notes": notes}

def ben(tier, lang, text, notes=""):
    return {"text": text, "tier": tier, "label": "benign", "category": "benign",
            "lang": lang, "notes": notes}

def hn(tier, lang, text, notes=""):
    return {"text": text, "tier": tier, "label": "benign", "category": "hard_negative",
            "lang": lang, "notes": notes}
