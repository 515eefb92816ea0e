// Types of the elevenlabs operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of an ElevenLabs task that produces audio - speech, dialogue, sound effect or isolated audio (also the callback body). */
export type ElevenlabsAudioStatus = TaskEnvelope & {
    /** Generated audio files, present when completed. */
    audios?: Array<MediaUrl>;
  };

/** Status payload of an ElevenLabs transcription task (also the callback body). */
export type ElevenlabsSpeechToTextStatus = TaskEnvelope & {
    /** The transcript, present when completed. */
    text?: string;
  };

/** One line of a dialogue: the words and the voice that speaks them. */
export interface ElevenlabsDialogueLineParam {
  /** The words spoken in this line. */
  text: string;
  /** Voice name or voice ID speaking this line (for example Adam or Brian). */
  voice: string;
  [key: string]: unknown;
}

/** Body of `elevenlabs.isolate_audio.create`. */
export interface IsolateAudioCreateParams {
  /** URL of the source audio. */
  source_audio_url: string;
  /** Model id. */
  model?: "audio-isolation";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: audios always present. */
export type ElevenlabsAudioCompleted = Completed<ElevenlabsAudioStatus, "audios">;

/** Body of `elevenlabs.speech_to_text.create`. */
export interface SpeechToTextCreateParams {
  /** URL of the source audio. */
  source_audio_url: string;
  /** Model id. */
  model?: "speech-to-text";
  /** Language hint (language code). */
  language_code?: string;
  /** Tag audio events such as applause or laughter. */
  tag_audio_events?: boolean;
  /** Label the speakers. */
  diarize?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: text always present. */
export type ElevenlabsSpeechToTextCompleted = Completed<ElevenlabsSpeechToTextStatus, "text">;

/** Body of `elevenlabs.text_to_dialogue.create`. */
export interface TextToDialogueCreateParams {
  /** Dialogue lines in speaking order, each with text and voice; the texts total at most 5000 characters. */
  dialogue: Array<ElevenlabsDialogueLineParam>;
  /** Model id. */
  model?: "text-to-dialogue-v3";
  /** Voice stability - 0, 0.5 or 1. */
  stability?: number;
  /** Language hint (language code). */
  language_code?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `elevenlabs.text_to_sound.create`. */
export interface TextToSoundCreateParams {
  /** Sound effect prompt, at most 5000 characters. */
  text: string;
  /** Model id. */
  model?: "sound-effect-v2";
  /** Generate a seamlessly looping sound. */
  loop?: boolean;
  /** Sound length in seconds, 0.5-22. */
  duration_seconds?: number;
  /** How closely the result follows the prompt, 0-1. */
  prompt_influence?: number;
  /** Output codec, sample rate and bitrate, for example mp3_44100_128 (MP3 at 44.1 kHz, 128 kbps). */
  output_format?: "mp3_22050_32" | "mp3_44100_32" | "mp3_44100_64" | "mp3_44100_96" | "mp3_44100_128" | "mp3_44100_192" | "pcm_8000" | "pcm_16000" | "pcm_22050" | "pcm_24000" | "pcm_44100" | "pcm_48000" | "ulaw_8000" | "alaw_8000" | "opus_48000_32" | "opus_48000_64" | "opus_48000_96" | "opus_48000_128" | "opus_48000_192";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `elevenlabs.text_to_speech.create` (model=text-to-speech-turbo-v2.5). */
export interface TextToSpeechCreateTextToSpeechTurboV25Params {
  model: "text-to-speech-turbo-v2.5";
  /** Text to speak, at most 5000 characters. */
  text: string;
  /** Voice name or voice ID; optional for turbo, which defaults to EkK5I93UQWFDigLMpZcX. */
  voice?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Voice stability, 0-1. */
  stability?: number;
  /** Similarity boost, 0-1. */
  similarity_boost?: number;
  /** Style exaggeration, 0-1. */
  style?: number;
  /** Speaking speed, 0.7-1.2. */
  speed?: number;
  /** Return word timestamps. */
  timestamps?: boolean;
  /** Context text that comes before this request's text. */
  previous_text?: string;
  /** Context text that comes after this request's text. */
  next_text?: string;
  /** Language hint (language code). */
  language_code?: string;
}

/** Body of `elevenlabs.text_to_speech.create` (model=text-to-speech-multilingual-v2). */
export interface TextToSpeechCreateTextToSpeechMultilingualV2Params {
  model: "text-to-speech-multilingual-v2";
  /** Text to speak, at most 5000 characters. */
  text: string;
  /** Voice name or voice ID; required for text-to-speech-multilingual-v2. */
  voice: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Voice stability, 0-1. */
  stability?: number;
  /** Similarity boost, 0-1. */
  similarity_boost?: number;
  /** Style exaggeration, 0-1. */
  style?: number;
  /** Speaking speed, 0.7-1.2. */
  speed?: number;
  /** Return word timestamps. */
  timestamps?: boolean;
  /** Context text that comes before this request's text. */
  previous_text?: string;
  /** Context text that comes after this request's text. */
  next_text?: string;
  /** Language hint (language code). */
  language_code?: string;
}

/** Body of `elevenlabs.text_to_speech.create`: one of its request shapes. */
export type TextToSpeechCreateParams = TextToSpeechCreateTextToSpeechTurboV25Params | TextToSpeechCreateTextToSpeechMultilingualV2Params;
