"""Real people named in an article and the actor/character pairs it states."""
