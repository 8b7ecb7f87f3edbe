"""The steward's workflow: entities, plans, review decisions, speakers, the leak gate and release for export."""
