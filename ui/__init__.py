"""The Qt desktop layer. Imports kztracker; nothing imports ui except the entry point."""
