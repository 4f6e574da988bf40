CASES = []
def I(tier, cat, lang, notes, text):
    CASES.append(dict(text=text, tier=tier, label="injection", category=cat, lang=lang, notes=notes))
def B(tier, cat, lang, notes, text):
    CASES.append(dict(text=text, tier=tier, label="benign", category=cat, lang=lang, notes=notes))
