"""The RunAPI clients: `RunAPI` (sync) and `AsyncRunAPI` (asyncio), twins with one surface.

Each API group is an attribute (`client.seedance`, `client.suno`, ...) whose module is imported
the first time it is used, so importing the package stays fast however large the API grows.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.account import Account, AsyncAccount
    from .resources.anthropic import Anthropic, AsyncAnthropic
    from .resources.elevenlabs import AsyncElevenlabs, Elevenlabs
    from .resources.files import AsyncFiles, Files
    from .resources.flux_2 import AsyncFlux2, Flux2
    from .resources.flux_kontext import AsyncFluxKontext, FluxKontext
    from .resources.gemini import AsyncGemini, Gemini
    from .resources.gemini_omni import AsyncGeminiOmni, GeminiOmni
    from .resources.gpt_4o_image import AsyncGpt4oImage, Gpt4oImage
    from .resources.gpt_image import AsyncGptImage, GptImage
    from .resources.gpt_image_2 import AsyncGptImage2, GptImage2
    from .resources.grok_imagine import AsyncGrokImagine, GrokImagine
    from .resources.guardrail_assignments import AsyncGuardrailAssignments, GuardrailAssignments
    from .resources.guardrails import AsyncGuardrails, Guardrails
    from .resources.hailuo import AsyncHailuo, Hailuo
    from .resources.happyhorse import AsyncHappyhorse, Happyhorse
    from .resources.ideogram_v3 import AsyncIdeogramV3, IdeogramV3
    from .resources.imagen_4 import AsyncImagen4, Imagen4
    from .resources.infinitetalk import AsyncInfinitetalk, Infinitetalk
    from .resources.keys import AsyncKeys, Keys
    from .resources.kling import AsyncKling, Kling
    from .resources.luma import AsyncLuma, Luma
    from .resources.models import AsyncModels, Models
    from .resources.nano_banana import AsyncNanoBanana, NanoBanana
    from .resources.openai import AsyncOpenai, Openai
    from .resources.qwen_2 import AsyncQwen2, Qwen2
    from .resources.recraft import AsyncRecraft, Recraft
    from .resources.runway import AsyncRunway, Runway
    from .resources.runway_aleph import AsyncRunwayAleph, RunwayAleph
    from .resources.seedance import AsyncSeedance, Seedance
    from .resources.seedream import AsyncSeedream, Seedream
    from .resources.suno import AsyncSuno, Suno
    from .resources.topaz import AsyncTopaz, Topaz
    from .resources.veo_3_1 import AsyncVeo31, Veo31
    from .resources.wan import AsyncWan, Wan
    from .resources.z_image import AsyncZImage, ZImage

__all__ = ["AsyncRunAPI", "RunAPI"]


class RunAPI(SyncAPIClient):
    """Synchronous RunAPI client. Configure with arguments or RUNAPI_API_KEY, RUNAPI_BASE_URL and RUNAPI_MANAGEMENT_KEY."""

    @cached_property
    def account(self) -> Account:
        """Account balance and usage."""
        from .resources.account import Account

        return Account(self)

    @cached_property
    def anthropic(self) -> Anthropic:
        """Anthropic-compatible Messages API for Claude and DeepSeek models."""
        from .resources.anthropic import Anthropic

        return Anthropic(self)

    @cached_property
    def elevenlabs(self) -> Elevenlabs:
        """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""
        from .resources.elevenlabs import Elevenlabs

        return Elevenlabs(self)

    @cached_property
    def files(self) -> Files:
        """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
        generation endpoints."""
        from .resources.files import Files

        return Files(self)

    @cached_property
    def flux_2(self) -> Flux2:
        """Flux 2 text-to-image and image remix."""
        from .resources.flux_2 import Flux2

        return Flux2(self)

    @cached_property
    def flux_kontext(self) -> FluxKontext:
        """Flux Kontext text-to-image and editing."""
        from .resources.flux_kontext import FluxKontext

        return FluxKontext(self)

    @cached_property
    def gemini(self) -> Gemini:
        """Gemini models through the OpenAI-compatible and native Gemini paths."""
        from .resources.gemini import Gemini

        return Gemini(self)

    @cached_property
    def gemini_omni(self) -> GeminiOmni:
        """Gemini Omni video generation with reusable audio and character assets."""
        from .resources.gemini_omni import GeminiOmni

        return GeminiOmni(self)

    @cached_property
    def gpt_4o_image(self) -> Gpt4oImage:
        """GPT-4o image generation."""
        from .resources.gpt_4o_image import Gpt4oImage

        return Gpt4oImage(self)

    @cached_property
    def gpt_image(self) -> GptImage:
        """GPT Image generation and editing."""
        from .resources.gpt_image import GptImage

        return GptImage(self)

    @cached_property
    def gpt_image_2(self) -> GptImage2:
        """GPT Image 2 generation and editing."""
        from .resources.gpt_image_2 import GptImage2

        return GptImage2(self)

    @cached_property
    def grok_imagine(self) -> GrokImagine:
        """Grok Imagine images and videos."""
        from .resources.grok_imagine import GrokImagine

        return GrokImagine(self)

    @cached_property
    def guardrail_assignments(self) -> GuardrailAssignments:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.guardrail_assignments import GuardrailAssignments

        return GuardrailAssignments(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def hailuo(self) -> Hailuo:
        """Hailuo text-to-video and image-to-video."""
        from .resources.hailuo import Hailuo

        return Hailuo(self)

    @cached_property
    def happyhorse(self) -> Happyhorse:
        """HappyHorse video generation and editing."""
        from .resources.happyhorse import Happyhorse

        return Happyhorse(self)

    @cached_property
    def ideogram_v3(self) -> IdeogramV3:
        """Ideogram V3 image generation, editing, remix and reframe."""
        from .resources.ideogram_v3 import IdeogramV3

        return IdeogramV3(self)

    @cached_property
    def imagen_4(self) -> Imagen4:
        """Google Imagen 4 image generation and remix."""
        from .resources.imagen_4 import Imagen4

        return Imagen4(self)

    @cached_property
    def infinitetalk(self) -> Infinitetalk:
        """InfiniteTalk audio-driven talking video."""
        from .resources.infinitetalk import Infinitetalk

        return Infinitetalk(self)

    @cached_property
    def keys(self) -> Keys:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.keys import Keys

        return Keys(self)

    @cached_property
    def kling(self) -> Kling:
        """Kling video generation, avatars and motion control."""
        from .resources.kling import Kling

        return Kling(self)

    @cached_property
    def luma(self) -> Luma:
        """Luma video modification."""
        from .resources.luma import Luma

        return Luma(self)

    @cached_property
    def models(self) -> Models:
        """Models available to the key, in Anthropic or OpenAI list format."""
        from .resources.models import Models

        return Models(self)

    @cached_property
    def nano_banana(self) -> NanoBanana:
        """Nano Banana image generation and editing."""
        from .resources.nano_banana import NanoBanana

        return NanoBanana(self)

    @cached_property
    def openai(self) -> Openai:
        """OpenAI-compatible Chat Completions and Responses APIs."""
        from .resources.openai import Openai

        return Openai(self)

    @cached_property
    def qwen_2(self) -> Qwen2:
        """Qwen 2 image generation, remix and editing."""
        from .resources.qwen_2 import Qwen2

        return Qwen2(self)

    @cached_property
    def recraft(self) -> Recraft:
        """Recraft upscaling and background removal."""
        from .resources.recraft import Recraft

        return Recraft(self)

    @cached_property
    def runway(self) -> Runway:
        """Runway video generation and extension."""
        from .resources.runway import Runway

        return Runway(self)

    @cached_property
    def runway_aleph(self) -> RunwayAleph:
        """Runway Aleph video editing."""
        from .resources.runway_aleph import RunwayAleph

        return RunwayAleph(self)

    @cached_property
    def seedance(self) -> Seedance:
        """Seedance video generation."""
        from .resources.seedance import Seedance

        return Seedance(self)

    @cached_property
    def seedream(self) -> Seedream:
        """Seedream image generation and editing."""
        from .resources.seedream import Seedream

        return Seedream(self)

    @cached_property
    def suno(self) -> Suno:
        """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""
        from .resources.suno import Suno

        return Suno(self)

    @cached_property
    def topaz(self) -> Topaz:
        """Topaz image and video upscaling."""
        from .resources.topaz import Topaz

        return Topaz(self)

    @cached_property
    def veo_3_1(self) -> Veo31:
        """Google Veo 3.1 video generation, extension and upscaling."""
        from .resources.veo_3_1 import Veo31

        return Veo31(self)

    @cached_property
    def wan(self) -> Wan:
        """Wan video and image generation."""
        from .resources.wan import Wan

        return Wan(self)

    @cached_property
    def z_image(self) -> ZImage:
        """Z-Image text-to-image."""
        from .resources.z_image import ZImage

        return ZImage(self)


class AsyncRunAPI(AsyncAPIClient):
    """Asynchronous (asyncio) RunAPI client: the same surface as `RunAPI`, every call awaitable."""

    @cached_property
    def account(self) -> AsyncAccount:
        """Account balance and usage."""
        from .resources.account import AsyncAccount

        return AsyncAccount(self)

    @cached_property
    def anthropic(self) -> AsyncAnthropic:
        """Anthropic-compatible Messages API for Claude and DeepSeek models."""
        from .resources.anthropic import AsyncAnthropic

        return AsyncAnthropic(self)

    @cached_property
    def elevenlabs(self) -> AsyncElevenlabs:
        """ElevenLabs speech, dialogue, sound effects, transcription and audio isolation."""
        from .resources.elevenlabs import AsyncElevenlabs

        return AsyncElevenlabs(self)

    @cached_property
    def files(self) -> AsyncFiles:
        """Temporary file uploads (expire after 24 hours) whose download_url can be passed to
        generation endpoints."""
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def flux_2(self) -> AsyncFlux2:
        """Flux 2 text-to-image and image remix."""
        from .resources.flux_2 import AsyncFlux2

        return AsyncFlux2(self)

    @cached_property
    def flux_kontext(self) -> AsyncFluxKontext:
        """Flux Kontext text-to-image and editing."""
        from .resources.flux_kontext import AsyncFluxKontext

        return AsyncFluxKontext(self)

    @cached_property
    def gemini(self) -> AsyncGemini:
        """Gemini models through the OpenAI-compatible and native Gemini paths."""
        from .resources.gemini import AsyncGemini

        return AsyncGemini(self)

    @cached_property
    def gemini_omni(self) -> AsyncGeminiOmni:
        """Gemini Omni video generation with reusable audio and character assets."""
        from .resources.gemini_omni import AsyncGeminiOmni

        return AsyncGeminiOmni(self)

    @cached_property
    def gpt_4o_image(self) -> AsyncGpt4oImage:
        """GPT-4o image generation."""
        from .resources.gpt_4o_image import AsyncGpt4oImage

        return AsyncGpt4oImage(self)

    @cached_property
    def gpt_image(self) -> AsyncGptImage:
        """GPT Image generation and editing."""
        from .resources.gpt_image import AsyncGptImage

        return AsyncGptImage(self)

    @cached_property
    def gpt_image_2(self) -> AsyncGptImage2:
        """GPT Image 2 generation and editing."""
        from .resources.gpt_image_2 import AsyncGptImage2

        return AsyncGptImage2(self)

    @cached_property
    def grok_imagine(self) -> AsyncGrokImagine:
        """Grok Imagine images and videos."""
        from .resources.grok_imagine import AsyncGrokImagine

        return AsyncGrokImagine(self)

    @cached_property
    def guardrail_assignments(self) -> AsyncGuardrailAssignments:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.guardrail_assignments import AsyncGuardrailAssignments

        return AsyncGuardrailAssignments(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def hailuo(self) -> AsyncHailuo:
        """Hailuo text-to-video and image-to-video."""
        from .resources.hailuo import AsyncHailuo

        return AsyncHailuo(self)

    @cached_property
    def happyhorse(self) -> AsyncHappyhorse:
        """HappyHorse video generation and editing."""
        from .resources.happyhorse import AsyncHappyhorse

        return AsyncHappyhorse(self)

    @cached_property
    def ideogram_v3(self) -> AsyncIdeogramV3:
        """Ideogram V3 image generation, editing, remix and reframe."""
        from .resources.ideogram_v3 import AsyncIdeogramV3

        return AsyncIdeogramV3(self)

    @cached_property
    def imagen_4(self) -> AsyncImagen4:
        """Google Imagen 4 image generation and remix."""
        from .resources.imagen_4 import AsyncImagen4

        return AsyncImagen4(self)

    @cached_property
    def infinitetalk(self) -> AsyncInfinitetalk:
        """InfiniteTalk audio-driven talking video."""
        from .resources.infinitetalk import AsyncInfinitetalk

        return AsyncInfinitetalk(self)

    @cached_property
    def keys(self) -> AsyncKeys:
        """API keys, guardrails and guardrail assignments, authenticated with a management key."""
        from .resources.keys import AsyncKeys

        return AsyncKeys(self)

    @cached_property
    def kling(self) -> AsyncKling:
        """Kling video generation, avatars and motion control."""
        from .resources.kling import AsyncKling

        return AsyncKling(self)

    @cached_property
    def luma(self) -> AsyncLuma:
        """Luma video modification."""
        from .resources.luma import AsyncLuma

        return AsyncLuma(self)

    @cached_property
    def models(self) -> AsyncModels:
        """Models available to the key, in Anthropic or OpenAI list format."""
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def nano_banana(self) -> AsyncNanoBanana:
        """Nano Banana image generation and editing."""
        from .resources.nano_banana import AsyncNanoBanana

        return AsyncNanoBanana(self)

    @cached_property
    def openai(self) -> AsyncOpenai:
        """OpenAI-compatible Chat Completions and Responses APIs."""
        from .resources.openai import AsyncOpenai

        return AsyncOpenai(self)

    @cached_property
    def qwen_2(self) -> AsyncQwen2:
        """Qwen 2 image generation, remix and editing."""
        from .resources.qwen_2 import AsyncQwen2

        return AsyncQwen2(self)

    @cached_property
    def recraft(self) -> AsyncRecraft:
        """Recraft upscaling and background removal."""
        from .resources.recraft import AsyncRecraft

        return AsyncRecraft(self)

    @cached_property
    def runway(self) -> AsyncRunway:
        """Runway video generation and extension."""
        from .resources.runway import AsyncRunway

        return AsyncRunway(self)

    @cached_property
    def runway_aleph(self) -> AsyncRunwayAleph:
        """Runway Aleph video editing."""
        from .resources.runway_aleph import AsyncRunwayAleph

        return AsyncRunwayAleph(self)

    @cached_property
    def seedance(self) -> AsyncSeedance:
        """Seedance video generation."""
        from .resources.seedance import AsyncSeedance

        return AsyncSeedance(self)

    @cached_property
    def seedream(self) -> AsyncSeedream:
        """Seedream image generation and editing."""
        from .resources.seedream import AsyncSeedream

        return AsyncSeedream(self)

    @cached_property
    def suno(self) -> AsyncSuno:
        """Suno music, lyrics, vocals, stems, MIDI, voices and artwork."""
        from .resources.suno import AsyncSuno

        return AsyncSuno(self)

    @cached_property
    def topaz(self) -> AsyncTopaz:
        """Topaz image and video upscaling."""
        from .resources.topaz import AsyncTopaz

        return AsyncTopaz(self)

    @cached_property
    def veo_3_1(self) -> AsyncVeo31:
        """Google Veo 3.1 video generation, extension and upscaling."""
        from .resources.veo_3_1 import AsyncVeo31

        return AsyncVeo31(self)

    @cached_property
    def wan(self) -> AsyncWan:
        """Wan video and image generation."""
        from .resources.wan import AsyncWan

        return AsyncWan(self)

    @cached_property
    def z_image(self) -> AsyncZImage:
        """Z-Image text-to-image."""
        from .resources.z_image import AsyncZImage

        return AsyncZImage(self)
