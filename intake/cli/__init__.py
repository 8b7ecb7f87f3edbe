"""intake/cli"""
