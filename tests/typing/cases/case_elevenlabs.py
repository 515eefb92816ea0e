"""ElevenLabs: speech, dialogue, sound effects, transcription and isolation."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.elevenlabs import TextToDialogueCreateParams
from runapi.types.elevenlabs import ElevenlabsAudioCompleted, ElevenlabsSpeechToTextCompleted

TEXT = "Welcome back to the show."
AUDIO = "https://example.com/interview.mp3"


def correct(client: runapi.RunAPI) -> None:
    el = client.elevenlabs
    el.text_to_speech.create(model="text-to-speech-turbo-v2.5", text=TEXT)
    el.text_to_speech.create(
        model="text-to-speech-multilingual-v2",
        text=TEXT,
        voice="Rachel",
        stability=0.4,
        similarity_boost=0.8,
        speed=1.1,
        timestamps=True,
        language_code="en",
    )
    speech: ElevenlabsAudioCompleted = el.text_to_speech.run(
        model="text-to-speech-turbo-v2.5", text=TEXT, voice="EkK5I93UQWFDigLMpZcX"
    )
    speech_url: str = speech.audios[0].url

    dialogue: TextToDialogueCreateParams = {
        "dialogue": [
            {"text": "Did you hear that?", "voice": "Adam"},
            {"text": "Just the wind.", "voice": "Brian"},
        ],
        "stability": 0.5,
    }
    el.text_to_dialogue.validate(**dialogue)
    el.text_to_dialogue.create(**dialogue)
    el.text_to_sound.create(text="thunder rolling in the distance", loop=True, duration_seconds=4.5)
    el.text_to_sound.create(text="rain on a tin roof", output_format="opus_48000_64")

    transcript: ElevenlabsSpeechToTextCompleted = el.speech_to_text.run(
        source_audio_url=AUDIO, model="speech-to-text", diarize=True, tag_audio_events=False
    )
    words: list[str] = transcript.text.split()
    isolated = el.isolate_audio.run(source_audio_url=AUDIO)
    isolated_url: str = isolated.audios[0].url
    status = el.speech_to_text.get(transcript.id)
    maybe_text: str | None = status.text


def wrong(client: runapi.RunAPI) -> None:
    el = client.elevenlabs
    tts = el.text_to_speech.create
    tts(model="text-to-speech-multilingual-v2", text=TEXT)  # E: voice required for multilingual
    tts(model="text-to-speech-turbo-v2.5")  # E: text missing
    tts(model="text-to-speech-v3", text=TEXT)  # E: unknown model
    tts(text=TEXT, voice="Rachel")  # E: model missing
    tts(model="text-to-speech-turbo-v2.5", text=TEXT, speed="fast")  # E: speed is a number
    tts(model="text-to-speech-turbo-v2.5", text=TEXT, voice_id="abc")  # E: the field is voice
    tts(model="text-to-speech-turbo-v2.5", text=TEXT, timestamps="yes")  # E: a bool

    el.text_to_sound.create(prompt="thunder")  # E: the field is text
    el.text_to_sound.create(text="thunder", loop="true")  # E: a bool
    el.text_to_sound.create(text="thunder", output_format="wav")  # E: not a listed output format
    el.text_to_sound.create(text="thunder", model="sound-effect-v1")  # E: sound-effect-v2 only
    el.text_to_dialogue.create(stability=0.5)  # E: dialogue missing
    el.text_to_dialogue.create(dialogue="Adam: hi")  # E: a list of lines
    el.speech_to_text.create(source_audio_url=AUDIO, model="whisper-1")  # E: speech-to-text only
    el.speech_to_text.create(source_audio_url=AUDIO, diarize="auto")  # E: a bool
    el.isolate_audio.create(audio_url=AUDIO)  # E: the field is source_audio_url

    transcript = el.speech_to_text.run(source_audio_url=AUDIO)
    transcript.audios  # E: a transcript has text, not audios
    status = el.speech_to_text.get(transcript.id)
    status.text.split()  # E: text is optional on a status
    speech = el.text_to_speech.run(model="text-to-speech-turbo-v2.5", text=TEXT)
    speech.text  # E: speech results carry audios


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    speech = await client.elevenlabs.text_to_speech.run(
        model="text-to-speech-multilingual-v2", text=TEXT, voice="Rachel"
    )
    url: str = speech.audios[0].url


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    await client.elevenlabs.text_to_speech.create(  # E: voice required for multilingual
        model="text-to-speech-multilingual-v2", text=TEXT
    )
