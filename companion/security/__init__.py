"""Who may use the companion: the pairing token and the request guards."""
