"""Session 25: the unused-GPU symptom said as the program going into CPU mode by itself (gpu-unused-said's
said_unavailable), read with the words "running in CPU mode" and "Falling back to CPU mode" it already had. The line
that must be read is verbatim from the thread named (a fixture source, tests/fixtures/cpu-build-likely--launched-in-cpu-mode,
not a corpus report); each near miss is written to show the boundary: "in CPU mode" without a word that says it was not
asked for is the CPU wanted."""
from __future__ import annotations


FIRES = [
    ("gpu-unused-said", "said_unavailable", "the extension launches successfully but automatically launches the voice model "
     "in CPU mode.", "erew123/alltalk_tts#104"),
    ("gpu-unused-said", "said_unavailable", "it still loads in CPU mode", "written: the same shape, another verb"),
]

NEAR_MISSES = [
    ("gpu-unused-said", "said_unavailable", "Is there a way to launch the voice model in CPU mode instead?", "a question: the CPU wanted"),
    ("gpu-unused-said", "said_unavailable", "I start it in CPU mode because the GPU is busy", "the CPU chosen"),
    ("gpu-unused-said", "said_unavailable", "It automatically launches the browser. Training runs in the CPU-mode tab.",
     "two sentences: the adverb's sentence ends first"),
]
