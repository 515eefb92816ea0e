// The RunAPI client: one property per API group, each created on first use.
// Generated from spec/openapi.yaml; do not edit.
import { APIClient } from './core/client.js';
import { Account } from './resources/account.js';
import { Anthropic } from './resources/anthropic.js';
import { Elevenlabs } from './resources/elevenlabs.js';
import { Files } from './resources/files.js';
import { Flux2 } from './resources/flux_2.js';
import { FluxKontext } from './resources/flux_kontext.js';
import { Gemini } from './resources/gemini.js';
import { GeminiOmni } from './resources/gemini_omni.js';
import { Gpt4oImage } from './resources/gpt_4o_image.js';
import { GptImage } from './resources/gpt_image.js';
import { GptImage2 } from './resources/gpt_image_2.js';
import { GrokImagine } from './resources/grok_imagine.js';
import { GuardrailAssignments } from './resources/guardrail_assignments.js';
import { Guardrails } from './resources/guardrails.js';
import { Hailuo } from './resources/hailuo.js';
import { Happyhorse } from './resources/happyhorse.js';
import { IdeogramV3 } from './resources/ideogram_v3.js';
import { Imagen4 } from './resources/imagen_4.js';
import { Infinitetalk } from './resources/infinitetalk.js';
import { Keys } from './resources/keys.js';
import { Kling } from './resources/kling.js';
import { Luma } from './resources/luma.js';
import { Models } from './resources/models.js';
import { NanoBanana } from './resources/nano_banana.js';
import { Openai } from './resources/openai.js';
import { Qwen2 } from './resources/qwen_2.js';
import { Recraft } from './resources/recraft.js';
import { Runway } from './resources/runway.js';
import { RunwayAleph } from './resources/runway_aleph.js';
import { Seedance } from './resources/seedance.js';
import { Seedream } from './resources/seedream.js';
import { Suno } from './resources/suno.js';
import { Topaz } from './resources/topaz.js';
import { Veo31 } from './resources/veo_3_1.js';
import { Wan } from './resources/wan.js';
import { ZImage } from './resources/z_image.js';

/**
 * RunAPI client. Configure it with options, or with `RUNAPI_API_KEY`, `RUNAPI_BASE_URL` and
 * `RUNAPI_MANAGEMENT_KEY` where `process.env` exists:
 *
 * ```ts
 * import RunApi from '@runapi.ai/sdk';
 * const client = new RunApi({ apiKey: process.env.RUNAPI_API_KEY });
 * ```
 */
export class RunApi extends APIClient {
  #groups: Record<string, unknown> = {};

  /** Account balance and usage. */
  get account(): Account {
    return (this.#groups.account ??= new Account(this)) as Account;
  }

  /** Anthropic-compatible Messages API for Claude and DeepSeek models. */
  get anthropic(): Anthropic {
    return (this.#groups.anthropic ??= new Anthropic(this)) as Anthropic;
  }

  /** ElevenLabs speech, dialogue, sound effects, transcription and audio isolation. */
  get elevenlabs(): Elevenlabs {
    return (this.#groups.elevenlabs ??= new Elevenlabs(this)) as Elevenlabs;
  }

  /** Temporary file uploads (expire after 24 hours) whose download_url can be passed to generation endpoints. */
  get files(): Files {
    return (this.#groups.files ??= new Files(this)) as Files;
  }

  /** Flux 2 text-to-image and image remix. */
  get flux2(): Flux2 {
    return (this.#groups.flux2 ??= new Flux2(this)) as Flux2;
  }

  /** Flux Kontext text-to-image and editing. */
  get fluxKontext(): FluxKontext {
    return (this.#groups.fluxKontext ??= new FluxKontext(this)) as FluxKontext;
  }

  /** Gemini models through the OpenAI-compatible and native Gemini paths. */
  get gemini(): Gemini {
    return (this.#groups.gemini ??= new Gemini(this)) as Gemini;
  }

  /** Gemini Omni video generation with reusable audio and character assets. */
  get geminiOmni(): GeminiOmni {
    return (this.#groups.geminiOmni ??= new GeminiOmni(this)) as GeminiOmni;
  }

  /** GPT-4o image generation. */
  get gpt4oImage(): Gpt4oImage {
    return (this.#groups.gpt4oImage ??= new Gpt4oImage(this)) as Gpt4oImage;
  }

  /** GPT Image generation and editing. */
  get gptImage(): GptImage {
    return (this.#groups.gptImage ??= new GptImage(this)) as GptImage;
  }

  /** GPT Image 2 generation and editing. */
  get gptImage2(): GptImage2 {
    return (this.#groups.gptImage2 ??= new GptImage2(this)) as GptImage2;
  }

  /** Grok Imagine images and videos. */
  get grokImagine(): GrokImagine {
    return (this.#groups.grokImagine ??= new GrokImagine(this)) as GrokImagine;
  }

  /** API keys, guardrails and guardrail assignments, authenticated with a management key. */
  get guardrailAssignments(): GuardrailAssignments {
    return (this.#groups.guardrailAssignments ??= new GuardrailAssignments(this)) as GuardrailAssignments;
  }

  /** API keys, guardrails and guardrail assignments, authenticated with a management key. */
  get guardrails(): Guardrails {
    return (this.#groups.guardrails ??= new Guardrails(this)) as Guardrails;
  }

  /** Hailuo text-to-video and image-to-video. */
  get hailuo(): Hailuo {
    return (this.#groups.hailuo ??= new Hailuo(this)) as Hailuo;
  }

  /** HappyHorse video generation and editing. */
  get happyhorse(): Happyhorse {
    return (this.#groups.happyhorse ??= new Happyhorse(this)) as Happyhorse;
  }

  /** Ideogram V3 image generation, editing, remix and reframe. */
  get ideogramV3(): IdeogramV3 {
    return (this.#groups.ideogramV3 ??= new IdeogramV3(this)) as IdeogramV3;
  }

  /** Google Imagen 4 image generation and remix. */
  get imagen4(): Imagen4 {
    return (this.#groups.imagen4 ??= new Imagen4(this)) as Imagen4;
  }

  /** InfiniteTalk audio-driven talking video. */
  get infinitetalk(): Infinitetalk {
    return (this.#groups.infinitetalk ??= new Infinitetalk(this)) as Infinitetalk;
  }

  /** API keys, guardrails and guardrail assignments, authenticated with a management key. */
  get keys(): Keys {
    return (this.#groups.keys ??= new Keys(this)) as Keys;
  }

  /** Kling video generation, avatars and motion control. */
  get kling(): Kling {
    return (this.#groups.kling ??= new Kling(this)) as Kling;
  }

  /** Luma video modification. */
  get luma(): Luma {
    return (this.#groups.luma ??= new Luma(this)) as Luma;
  }

  /** Models available to the key, in Anthropic or OpenAI list format. */
  get models(): Models {
    return (this.#groups.models ??= new Models(this)) as Models;
  }

  /** Nano Banana image generation and editing. */
  get nanoBanana(): NanoBanana {
    return (this.#groups.nanoBanana ??= new NanoBanana(this)) as NanoBanana;
  }

  /** OpenAI-compatible Chat Completions and Responses APIs. */
  get openai(): Openai {
    return (this.#groups.openai ??= new Openai(this)) as Openai;
  }

  /** Qwen 2 image generation, remix and editing. */
  get qwen2(): Qwen2 {
    return (this.#groups.qwen2 ??= new Qwen2(this)) as Qwen2;
  }

  /** Recraft upscaling and background removal. */
  get recraft(): Recraft {
    return (this.#groups.recraft ??= new Recraft(this)) as Recraft;
  }

  /** Runway video generation and extension. */
  get runway(): Runway {
    return (this.#groups.runway ??= new Runway(this)) as Runway;
  }

  /** Runway Aleph video editing. */
  get runwayAleph(): RunwayAleph {
    return (this.#groups.runwayAleph ??= new RunwayAleph(this)) as RunwayAleph;
  }

  /** Seedance video generation. */
  get seedance(): Seedance {
    return (this.#groups.seedance ??= new Seedance(this)) as Seedance;
  }

  /** Seedream image generation and editing. */
  get seedream(): Seedream {
    return (this.#groups.seedream ??= new Seedream(this)) as Seedream;
  }

  /** Suno music, lyrics, vocals, stems, MIDI, voices and artwork. */
  get suno(): Suno {
    return (this.#groups.suno ??= new Suno(this)) as Suno;
  }

  /** Topaz image and video upscaling. */
  get topaz(): Topaz {
    return (this.#groups.topaz ??= new Topaz(this)) as Topaz;
  }

  /** Google Veo 3.1 video generation, extension and upscaling. */
  get veo31(): Veo31 {
    return (this.#groups.veo31 ??= new Veo31(this)) as Veo31;
  }

  /** Wan video and image generation. */
  get wan(): Wan {
    return (this.#groups.wan ??= new Wan(this)) as Wan;
  }

  /** Z-Image text-to-image. */
  get zImage(): ZImage {
    return (this.#groups.zImage ??= new ZImage(this)) as ZImage;
  }
}
