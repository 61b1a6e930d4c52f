"""Trainers of the learned models that ship inside the package (never imported by `pressroom run`)."""
