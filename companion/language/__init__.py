"""Which language a post is written in (French or English)."""
