"""From a seed text to counts, shares and review items, every field with its evidence.

segment (sentences with offsets) -> mentions (what each sentence names) -> structure (which
clause each number, place and year belongs to) -> resolve (a count, or an item for review with
its reason) -> rows (the tables and the evidence).
"""
