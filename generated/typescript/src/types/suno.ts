// Types of the suno operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Suno music task (text_to_music, extend_music, cover_audio, create_mashup, add_vocals, add_instrumental, text_to_sound); also the body of its staged callbacks. */
export type SunoMusicStatus = TaskEnvelope & ({
    /** Stage reached - text_generated (title, lyrics and tags ready), first_audio_ready (first track finished), all_audios_ready (every track finished) or failed. A callback is sent at each stage. */
    generation_stage?: "text_generated" | "first_audio_ready" | "all_audios_ready" | "failed";
    /** Generated tracks; complete when generation_stage is all_audios_ready. */
    audios?: Array<SunoMusicAudio>;
  });

/** Status payload of a Suno WAV conversion task (also the callback body). */
export type SunoConvertAudioStatus = TaskEnvelope & {
    /** Download URL of the WAV file, present when completed. */
    wav_url?: string;
  };

/** Status payload of a Suno cover art task (also the callback body). */
export type SunoGenerateArtworkStatus = TaskEnvelope & {
    /** Generated cover images (usually 2, in different styles; URLs kept for 14 days); empty while processing or after a failure. */
    covers?: Array<MediaUrl>;
  };

/** Status payload of a Suno lyrics task (also the callback body). */
export type SunoGenerateLyricsStatus = TaskEnvelope & {
    /** Generated lyrics; empty until the task has completed. */
    lyrics?: Array<{
        /** Song title. */
        title?: string;
        /** Structured lyrics with verse/chorus sections. */
        text?: string;
      }>;
  };

/** Status payload of a Suno MIDI generation task (also the callback body). */
export type SunoGenerateMidiStatus = TaskEnvelope & {
    /** Detected instruments with their note sequences; empty while processing or after a failure. */
    instruments?: Array<SunoToolsMidiInstrument>;
  };

/** Status payload of a Suno custom voice task (also the callback body). */
export type SunoGenerateVoiceStatus = TaskEnvelope & {
    /** Upstream state of the voice task, for example `success` or `fail`. */
    provider_status?: string;
    /** Id of the custom voice, present when completed; use it as `persona_id` with `persona_type` `voice` on Suno v5 music generation. */
    voice_id?: string;
  };

/** Status payload of a Suno validation phrase regeneration task (also the callback body). */
export type SunoRegenerateValidationPhraseStatus = TaskEnvelope & {
    /** Upstream state of the voice task, for example `wait_validating` (phrase ready, waiting for the user's recording) or `processing_validate_fail` (phrase generation failed). */
    provider_status?: string;
    /** The new phrase the user reads aloud for verification, present when completed. */
    validation_phrase?: string;
  };

/** Status payload of a Suno replace-section task (also the callback body). */
export type SunoReplaceSectionStatus = TaskEnvelope & {
    /** One generated Suno track. URLs are temporary; download results you want to keep. */
    track?: SunoMusicAudio;
  };

/** Status payload of a Suno stem separation task (also the callback body). */
export type SunoSeparateAudioStemsStatus = TaskEnvelope & {
    /**
     * Stem URLs of a completed separation, present when completed. `separate_vocal` fills
     * `vocal_url` and `instrumental_url`; `split_stem` fills one URL per instrument stem
     * (`vocal_url` plus the instrument fields).
     */
    separated_audios?: SunoToolsSeparatedAudios;
  };

/** Status payload of a Suno music video task (also the callback body). */
export type SunoVisualizeMusicStatus = TaskEnvelope & {
    /** Download URL of the MP4 video, present when completed. */
    video_url?: string;
  };

/** Status payload of a Suno voice validation phrase task (also the callback body). */
export type SunoVoiceToValidationPhraseStatus = TaskEnvelope & {
    /** Upstream state of the voice task, for example `wait_validating` (phrase ready, waiting for the user's recording) or `processing_validate_fail` (phrase generation failed). */
    provider_status?: string;
    /** Phrase the user reads aloud for verification, present when completed. */
    validation_phrase?: string;
  };

/** The enhanced style description. */
export interface SunoBoostStyleResponse {
  /** Enhanced, more detailed music style description. */
  style: string;
}

/** Availability of a custom voice. */
export interface SunoCheckVoiceResponse {
  /** Whether the custom voice can be used as a `voice` persona. */
  is_available: boolean;
}

/** The created persona. */
export interface SunoGeneratePersonaResponse {
  /** The persona; pass its id as persona_id. */
  persona: {
    /** Persona ID. */
    id: string;
    /** Persona name. */
    name?: string;
    /** Persona description. */
    description?: string;
  };
}

/** Word-level aligned lyrics and waveform of a track; on failure `status` is `failed` and `error` explains why (the lyrics fields are then absent). */
export interface SunoTimestampedLyrics {
  /** Lyrics words with their timing. */
  aligned_words?: Array<{
      /** The word (may carry a section tag and line break, e.g. "[Verse]\nWaggin'"). */
      word?: string;
      /** Whether the word was aligned. */
      success?: boolean;
      /** Start of the word in seconds. */
      start_time?: number;
      /** End of the word in seconds. */
      end_time?: number;
      /** Alignment indicator reported by Suno. */
      palign?: number;
    }>;
  /** Waveform amplitudes for display. */
  waveform_data?: Array<number>;
  /** Character error rate of the lyrics alignment. */
  hoot_cer?: number;
  /** Whether the track was streamed. */
  is_streamed?: boolean;
  /** Task id, present on the failure body. */
  id?: string;
  /** Present only on the failure body. */
  status?: "failed";
  /** Failure reason, present on the failure body. */
  error?: string;
}

/** One generated Suno track. URLs are temporary; download results you want to keep. */
export interface SunoMusicAudio {
  /** Audio ID (use it as audio_id in follow-up requests). */
  id?: string;
  /** Download URL of the audio file. */
  audio_url?: string;
  /** Streaming URL of the audio. */
  stream_audio_url?: string;
  /** Cover image URL. */
  image_url?: string;
  /** Lyrics of the track. */
  lyrics?: string;
  /** Prompt of the track (sound generation). */
  prompt?: string;
  /** Internal Suno model name (e.g. chirp-v3-5). */
  model_name?: string;
  /** Track title. */
  title?: string;
  /** Style tags. */
  tags?: Array<string>;
  /** Duration in seconds. */
  duration?: number;
}

/** One detected instrument and its notes. */
export interface SunoToolsMidiInstrument {
  /** Instrument name, for example `Drums` or `Electric Bass (finger)`. */
  name: string;
  /** Note sequence of the instrument. */
  notes: Array<SunoToolsMidiNote>;
}

/**
 * Stem URLs of a completed separation, present when completed. `separate_vocal` fills
 * `vocal_url` and `instrumental_url`; `split_stem` fills one URL per instrument stem
 * (`vocal_url` plus the instrument fields).
 */
export interface SunoToolsSeparatedAudios {
  /** Accompaniment without vocals (separate_vocal). */
  instrumental_url?: string;
  /** Vocals (both separation types). */
  vocal_url?: string;
  /** Backing vocals stem (split_stem). */
  backing_vocals_url?: string;
  /** Bass stem (split_stem). */
  bass_url?: string;
  /** Brass stem (split_stem). */
  brass_url?: string;
  /** Drums stem (split_stem). */
  drums_url?: string;
  /** Effects stem (split_stem). */
  fx_url?: string;
  /** Guitar stem (split_stem). */
  guitar_url?: string;
  /** Keyboard stem (split_stem). */
  keyboard_url?: string;
  /** Piano stem (split_stem). */
  piano_url?: string;
  /** Percussion stem (split_stem). */
  percussion_url?: string;
  /** Strings stem (split_stem). */
  strings_url?: string;
  /** Synth stem (split_stem). */
  synth_url?: string;
  /** Woodwinds stem (split_stem). */
  woodwinds_url?: string;
}

/** One MIDI note. */
export interface SunoToolsMidiNote {
  /** MIDI pitch number, 0-127. */
  pitch: number;
  /** Note start, in seconds from the beginning of the track. */
  start_time: number;
  /** Note end, in seconds from the beginning of the track. */
  end_time: number;
  /** Note velocity. */
  velocity?: number;
}

/** Body of `suno.add_instrumental.create`. */
export interface AddInstrumentalCreateParams {
  /** URL of the uploaded music file. The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url: string;
  /** Title of the music track. */
  title: string;
  /** Music style and characteristics of the accompaniment. */
  tags: string;
  /** Music styles to exclude (required). */
  negative_tags: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
}

/** A completed status: audios always present. */
export type SunoMusicCompleted = Completed<SunoMusicStatus, "audios">;

/** Body of `suno.add_vocals.create`. */
export interface AddVocalsCreateParams {
  /** URL of the uploaded music file. The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url: string;
  /** Exact vocal lyrics. */
  lyrics: string;
  /** Title of the music track. */
  title: string;
  /** Music style or genre. */
  style: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
}

/** Body of `suno.convert_audio.create`. */
export interface ConvertAudioCreateParams {
  /** Id of the Suno music generation task that produced the track. */
  task_id: string;
  /** Id of the track (an `audios[].id` of the music task) to convert to WAV. */
  audio_id: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: wav_url always present. */
export type SunoConvertAudioCompleted = Completed<SunoConvertAudioStatus, "wav_url">;

/** Body of `suno.cover_audio.create` (vocal_mode=auto_lyrics). */
export interface CoverAudioCreateAutoLyricsParams {
  /** URL of the audio file to process (at most 8 minutes). The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url: string;
  /** Lyrics are written automatically from `prompt`. */
  vocal_mode: "auto_lyrics";
  /** Cover brief for automatic lyrics (required for auto_lyrics). */
  prompt: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  style?: never;
  title?: never;
}

/** Body of `suno.cover_audio.create` (vocal_mode=exact_lyrics). */
export interface CoverAudioCreateExactLyricsParams {
  /** URL of the audio file to process (at most 8 minutes). The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url: string;
  /** The cover sings `lyrics` exactly. */
  vocal_mode: "exact_lyrics";
  /** Exact lyrics to sing (required for exact_lyrics). */
  lyrics: string;
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  prompt?: never;
}

/** Body of `suno.cover_audio.create` (vocal_mode=instrumental). */
export interface CoverAudioCreateInstrumentalParams {
  /** URL of the audio file to process (at most 8 minutes). The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url: string;
  /** Generate an instrumental cover (no vocals). */
  vocal_mode: "instrumental";
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  prompt?: never;
}

/** Body of `suno.cover_audio.create`: one of its request shapes. */
export type CoverAudioCreateParams = CoverAudioCreateAutoLyricsParams | CoverAudioCreateExactLyricsParams | CoverAudioCreateInstrumentalParams;

/** Body of `suno.create_mashup.create` (vocal_mode=auto_lyrics). */
export interface CreateMashupCreateAutoLyricsParams {
  /** Exactly two publicly accessible audio file URLs to mash up. */
  upload_url_list: Array<string>;
  /** Lyrics are written automatically from `prompt`. */
  vocal_mode: "auto_lyrics";
  /** Mashup brief for automatic lyrics (required for auto_lyrics). */
  prompt: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  style?: never;
  title?: never;
}

/** Body of `suno.create_mashup.create` (vocal_mode=exact_lyrics). */
export interface CreateMashupCreateExactLyricsParams {
  /** Exactly two publicly accessible audio file URLs to mash up. */
  upload_url_list: Array<string>;
  /** The mashup sings `lyrics` exactly. */
  vocal_mode: "exact_lyrics";
  /** Exact lyrics to sing (required for exact_lyrics). */
  lyrics: string;
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  prompt?: never;
}

/** Body of `suno.create_mashup.create` (vocal_mode=instrumental). */
export interface CreateMashupCreateInstrumentalParams {
  /** Exactly two publicly accessible audio file URLs to mash up. */
  upload_url_list: Array<string>;
  /** Generate an instrumental mashup (no vocals). */
  vocal_mode: "instrumental";
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  prompt?: never;
}

/** Body of `suno.create_mashup.create`: one of its request shapes. */
export type CreateMashupCreateParams = CreateMashupCreateAutoLyricsParams | CreateMashupCreateExactLyricsParams | CreateMashupCreateInstrumentalParams;

/** Body of `suno.extend_music.create` (parameter_mode=source). */
export interface ExtendMusicCreateSourceParams {
  /** Inherit the parameters of the source track. */
  parameter_mode: "source";
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** Audio ID of the Suno track to extend. */
  audio_id?: string;
  /** URL of an audio file to extend (at most 8 minutes). The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url?: string;
  /** ID of the Suno task whose track is extended. */
  task_id?: string;
  /** URL of the source audio to extend. */
  audio_url?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Description of how to extend. Required in custom mode unless instrumental is true or lyrics are given, and in source mode when extending an upload_url. */
  prompt?: string;
  /** Exact lyrics for the extension, used when extending an uploaded file in custom mode (in place of prompt). */
  lyrics?: string;
  /** Music style (required in custom mode). */
  style?: string;
  /** Music title (required in custom mode). */
  title?: string;
  /** Second of the source track at which the extension starts (required in custom mode). */
  continue_at?: number;
  /** Whether the extension is instrumental; in custom mode, prompt may then be omitted. */
  instrumental?: boolean;
  /** Persona ID to apply (takes effect in custom mode); create one with suno.generate_persona. */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender (takes effect in custom mode only); increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
}

/** Body of `suno.extend_music.create` (parameter_mode=custom). */
export interface ExtendMusicCreateCustomParams {
  /** Give the extension parameters in this request. */
  parameter_mode: "custom";
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** Music style (required in custom mode). */
  style: string;
  /** Music title (required in custom mode). */
  title: string;
  /** Second of the source track at which the extension starts (required in custom mode). */
  continue_at: number;
  /** Audio ID of the Suno track to extend. */
  audio_id?: string;
  /** URL of an audio file to extend (at most 8 minutes). The download_url returned by files.from_url works; that temporary link expires after 24 hours. */
  upload_url?: string;
  /** ID of the Suno task whose track is extended. */
  task_id?: string;
  /** URL of the source audio to extend. */
  audio_url?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Description of how to extend. Required in custom mode unless instrumental is true or lyrics are given, and in source mode when extending an upload_url. */
  prompt?: string;
  /** Exact lyrics for the extension, used when extending an uploaded file in custom mode (in place of prompt). */
  lyrics?: string;
  /** Whether the extension is instrumental; in custom mode, prompt may then be omitted. */
  instrumental?: boolean;
  /** Persona ID to apply (takes effect in custom mode); create one with suno.generate_persona. */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender (takes effect in custom mode only); increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
}

/** Body of `suno.extend_music.create`: one of its request shapes. */
export type ExtendMusicCreateParams = ExtendMusicCreateSourceParams | ExtendMusicCreateCustomParams;

/** Body of `suno.generate_artwork.create`. */
export interface GenerateArtworkCreateParams {
  /** Id of the original Suno music generation task. */
  task_id: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: covers always present. */
export type SunoGenerateArtworkCompleted = Completed<SunoGenerateArtworkStatus, "covers">;

/** Body of `suno.generate_lyrics.create`. */
export interface GenerateLyricsCreateParams {
  /** Theme, style or subject of the lyrics, at most 200 characters. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: lyrics always present. */
export type SunoGenerateLyricsCompleted = Completed<SunoGenerateLyricsStatus, "lyrics">;

/** Body of `suno.generate_midi.create`. */
export interface GenerateMidiCreateParams {
  /** Id of a completed stem separation task of type `split_stem` (`suno.separate_audio_stems.create`). */
  task_id: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: instruments always present. */
export type SunoGenerateMidiCompleted = Completed<SunoGenerateMidiStatus, "instruments">;

/** Body of `suno.generate_voice.create`. */
export interface GenerateVoiceCreateParams {
  /** Id of a Voice Validation Phrase or Regenerate Validation Phrase task whose phrase the user read. */
  task_id: string;
  /** Public URL of the user's recording of the validation phrase. */
  verify_url: string;
  /** Display name of the custom voice. */
  voice_name?: string;
  /** Description of the custom voice. */
  description?: string;
  /** Voice style tags, comma-separated (for example `Pop, Female Vocal`). */
  style?: string;
  /** Skill level of the singer. */
  singer_skill_level?: "beginner" | "intermediate" | "advanced" | "professional";
  /** HTTPS URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). The voice operations accept HTTPS URLs only. */
  callback_url?: string;
}

/** A completed status: voice_id always present. */
export type SunoGenerateVoiceCompleted = Completed<SunoGenerateVoiceStatus, "voice_id">;

/** Body of `suno.regenerate_validation_phrase.create`. */
export interface RegenerateValidationPhraseCreateParams {
  /** Id of a validation phrase task (Voice Validation Phrase or an earlier regeneration) owned by the same account. */
  task_id: string;
  /** HTTPS URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). The voice operations accept HTTPS URLs only. */
  callback_url?: string;
}

/** A completed status: validation_phrase always present. */
export type SunoRegenerateValidationPhraseCompleted = Completed<SunoRegenerateValidationPhraseStatus, "validation_phrase">;

/** Body of `suno.replace_section.create`. */
export interface ReplaceSectionCreateParams {
  /** Original task ID of the source music. */
  task_id: string;
  /** ID of the audio track whose section is replaced. */
  audio_id: string;
  /** Exact lyrics for the replacement segment. */
  lyrics: string;
  /** Music style tags. */
  tags: string;
  /** Music title. */
  title: string;
  /** Start of the replaced segment in seconds (two decimals). */
  infill_start_time: number;
  /** End of the replaced segment in seconds (two decimals); at least 10 seconds after infill_start_time. */
  infill_end_time: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Complete lyrics of the track after the modification. */
  full_lyrics?: string;
  /** URL of uploaded source audio, used together with model. */
  upload_url?: string;
  /** Model for uploaded source audio (with upload_url). */
  model?: "suno-v4" | "suno-v4.5" | "suno-v4.5-all" | "suno-v4.5-plus" | "suno-v5" | "suno-v5.5";
}

/** A completed status: track always present. */
export type SunoReplaceSectionCompleted = Completed<SunoReplaceSectionStatus, "track">;

/** Body of `suno.separate_audio_stems.create`. */
export interface SeparateAudioStemsCreateParams {
  /** Id of the Suno music generation task that produced the track. */
  task_id: string;
  /** Id of the track (an `audios[].id` of the music task) to process. */
  audio_id: string;
  /** Separation type (priced differently, see Suno pricing): separate_vocal splits vocals and accompaniment (2 tracks); split_stem splits individual instruments (12 or more tracks). */
  type?: "separate_vocal" | "split_stem";
  /** Name of a single stem to extract, for example `Lead Vocal`, `Drum Kit` or `Bass`. */
  stem_name?: "Lead Vocal" | "Drum Kit" | "Kick" | "Snare" | "Risers" | "Bass" | "Backing Vocals" | "Piano" | "Electric Guitar" | "Percussion" | "String Section" | "Synth" | "Acoustic Guitar" | "Sound Effects" | "Synth Pad" | "Synth Bass" | "Guitar" | "Brass Section" | "Organ" | "Electronic Drum Kit" | "Lead Electric Guitar" | "Synth Keys" | "Rhythm Electric Guitar" | "Electric Piano" | "Upright Bass" | "Keyboards" | "Distorted Electric Guitar" | "Synth Strings" | "Synth Lead" | "Woodwinds" | "Rhythm Acoustic Guitar" | "Flute" | "Harp" | "Tambourine" | "Trumpet" | "Arpeggiator" | "Accordion" | "Fiddle" | "Pedal Steel Guitar" | "Synth Voice" | "Violin" | "Digital Piano" | "Synth Brass" | "Mandolin" | "Choir" | "Banjo" | "Bells" | "Clarinet" | "Tenor Saxophone" | "Trombone" | "Shaker" | "French Horn" | "Glockenspiel" | "Electric Bass" | "Cello" | "Timpani" | "Harmonica" | "Marimba" | "Vibraphone" | "Lap Steel Guitar" | "Saxophone" | "Orchestra" | "Horns" | "Cymbals" | "Hand Clap" | "Oboe" | "Celesta" | "Congas" | "Drone" | "Alto Saxophone" | "Double Bass" | "Ukulele" | "Harpsichord" | "Baritone Saxophone" | "Xylophone" | "Tuba" | "Bass Guitar" | "Whistle" | "Lead Guitar" | "Rhodes" | "808" | "Bongos" | "Bassoon" | "Cowbell" | "Viola" | "Sitar" | "Steel Drums" | "Piccolo" | "Theremin" | "Bagpipes" | "Hi-Hat" | "Music Box" | "Melodica" | "Tabla" | "Koto" | "Djembe" | "Taiko" | "Didgeridoo";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: separated_audios always present. */
export type SunoSeparateAudioStemsCompleted = Completed<SunoSeparateAudioStemsStatus, "separated_audios">;

/** Body of `suno.text_to_music.create` (vocal_mode=auto_lyrics). */
export interface TextToMusicCreateAutoLyricsParams {
  /** Lyrics are written automatically from `prompt`. */
  vocal_mode: "auto_lyrics";
  /** Song brief for automatic lyrics, at most 3000 characters (required for auto_lyrics). */
  prompt: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Timestamp in seconds to continue from. */
  continue_at?: number;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  negative_tags?: never;
  style?: never;
  title?: never;
  vocal_gender?: never;
}

/** Body of `suno.text_to_music.create` (vocal_mode=exact_lyrics). */
export interface TextToMusicCreateExactLyricsParams {
  /** The song sings `lyrics` exactly. */
  vocal_mode: "exact_lyrics";
  /** Exact lyrics to sing (required for exact_lyrics). */
  lyrics: string;
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Timestamp in seconds to continue from. */
  continue_at?: number;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Preferred vocal gender; increases the probability only. */
  vocal_gender?: "male" | "female";
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  prompt?: never;
}

/** Body of `suno.text_to_music.create` (vocal_mode=instrumental). */
export interface TextToMusicCreateInstrumentalParams {
  /** Generate instrumental music (no vocals). */
  vocal_mode: "instrumental";
  /** Music style (required for exact_lyrics and instrumental). */
  style: string;
  /** Music title (required for exact_lyrics and instrumental). */
  title: string;
  /** Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min) or suno-v4 (up to 4 min). */
  model: "suno-v5" | "suno-v4.5-plus" | "suno-v4.5-all" | "suno-v4.5" | "suno-v4";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Timestamp in seconds to continue from. */
  continue_at?: number;
  /** Persona ID to apply; create one with suno.generate_persona (or use the voice_id of suno.generate_voice.create with persona_type voice). */
  persona_id?: string;
  /** Which persona characteristics to apply, used with persona_id (ignored without it) - style, or voice (suno-v5 only). */
  persona_type?: "style" | "voice";
  /** Music styles to exclude. */
  negative_tags?: string;
  /** Style adherence weight, 0-1 with two decimals (higher = stricter). */
  style_weight?: number;
  /** Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental). */
  weirdness_constraint?: number;
  /** Audio consistency weight, 0-1 with two decimals (higher = more consistent). */
  audio_weight?: number;
  lyrics?: never;
  prompt?: never;
  vocal_gender?: never;
}

/** Body of `suno.text_to_music.create`: one of its request shapes. */
export type TextToMusicCreateParams = TextToMusicCreateAutoLyricsParams | TextToMusicCreateExactLyricsParams | TextToMusicCreateInstrumentalParams;

/** Body of `suno.text_to_sound.create`. */
export interface TextToSoundCreateParams {
  /** Sound description, at most 500 characters. */
  prompt: string;
  /** Model version for sound generation: suno-v5 or suno-v5.5. */
  model: "suno-v5" | "suno-v5.5";
  /** Generate looping audio. */
  sound_loop?: boolean;
  /** Beats per minute, 1-300. */
  sound_tempo?: number;
  /** Musical key; without it, any key. */
  sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
  /** Capture lyric subtitles for later retrieval. */
  grab_lyrics?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `suno.visualize_music.create`. */
export interface VisualizeMusicCreateParams {
  /** Id of the Suno music generation task that produced the track. */
  task_id: string;
  /** Id of the track (an `audios[].id` of the music task) to turn into a video. */
  audio_id: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Artist or creator name shown on the video, at most 50 characters. */
  author?: string;
  /** Website or brand shown as a watermark, at most 50 characters. */
  domain_name?: string;
}

/** A completed status: video_url always present. */
export type SunoVisualizeMusicCompleted = Completed<SunoVisualizeMusicStatus, "video_url">;

/** Body of `suno.voice_to_validation_phrase.create`. */
export interface VoiceToValidationPhraseCreateParams {
  /** Public URL of the source voice recording. */
  voice_url: string;
  /** Start of the vocal segment, in whole seconds. */
  vocal_start_seconds: number;
  /** End of the vocal segment, in whole seconds; must be greater than vocal_start_seconds. */
  vocal_end_seconds: number;
  /** Language of the validation phrase. */
  language?: "en" | "zh" | "es" | "fr" | "pt" | "de" | "ja" | "ko" | "hi" | "ru";
  /** HTTPS URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). The voice operations accept HTTPS URLs only. */
  callback_url?: string;
}

/** A completed status: validation_phrase always present. */
export type SunoVoiceToValidationPhraseCompleted = Completed<SunoVoiceToValidationPhraseStatus, "validation_phrase">;

/** Body of `suno.boost_style`. */
export interface BoostStyleParams {
  /** Concise style keywords or a brief style description. */
  description: string;
}

/** Body of `suno.check_voice`. */
export interface CheckVoiceParams {
  /** Id of a Generate Voice task (`suno.generate_voice.create`). */
  task_id: string;
}

/** Body of `suno.generate_persona`. */
export interface GeneratePersonaParams {
  /** Task ID from a music generation endpoint. */
  task_id: string;
  /** ID of the audio track the persona is based on. */
  audio_id: string;
  /** Easily recognizable name for the persona. */
  name: string;
  /** The persona's musical characteristics and style. */
  description: string;
}

/** Body of `suno.get_timestamped_lyrics`. */
export interface GetTimestampedLyricsParams {
  /** Task ID of the music generation task. */
  task_id: string;
  /** ID of the audio track whose lyrics are aligned. */
  audio_id: string;
}
