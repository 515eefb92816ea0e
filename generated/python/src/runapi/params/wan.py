"""Request bodies of the wan operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.wan...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "AnimateCreateParams",
    "EditVideoCreateWan26EditVideoParams",
    "EditVideoCreateWan26FlashEditVideoParams",
    "EditVideoCreateWan27EditVideoParams",
    "ImageToVideoCreateWan22A14bImageToVideoTurboParams",
    "ImageToVideoCreateWan25ImageToVideoParams",
    "ImageToVideoCreateWan26FlashImageToVideoParams",
    "ImageToVideoCreateWan26ImageToVideoParams",
    "ImageToVideoCreateWan27ImageToVideoParams",
    "SpeechToVideoCreateParams",
    "TextToImageCreateWan27ImageParams",
    "TextToImageCreateWan27ImageProParams",
    "TextToVideoCreateWan22A14bTextToVideoTurboParams",
    "TextToVideoCreateWan25TextToVideoParams",
    "TextToVideoCreateWan26TextToVideoParams",
    "TextToVideoCreateWan27R2vParams",
    "TextToVideoCreateWan27TextToVideoParams",
    "WanColorPaletteEntryParam",
]


class AnimateCreateParams(TypedDict, total=False):
    """Body of `wan.animate.create`."""

    model: Required[Literal["wan-2.2-animate-move", "wan-2.2-animate-replace"]]
    """wan-2.2-animate-move or wan-2.2-animate-replace."""

    reference_video_url: Required[str]
    """Motion reference video URL."""

    source_image_url: Required[str]
    """Character or subject image URL."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_resolution: Literal["480p", "580p", "720p"]
    """Output resolution, 480p, 580p or 720p on wan-2.2-* models."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class EditVideoCreateWan26EditVideoParams(TypedDict, total=False):
    """Body of `wan.edit_video.create` (model=wan-2.6-edit-video)."""

    model: Required[Literal["wan-2.6-edit-video"]]

    source_video_urls: Required[list[str] | tuple[str, ...]]
    """Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video)."""

    source_video_url: str
    """Source video URL (required for wan-2.7-edit-video)."""

    prompt: str
    """Text description of the desired edit."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    negative_prompt: str
    """What to avoid."""

    reference_image_url: str
    """Reference image URL for style guidance."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    aspect_ratio: str
    """Output aspect ratio."""

    duration_seconds: float
    """Output duration in seconds."""

    audio_setting: str
    """Audio handling setting."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    watermark: bool
    """Add a watermark."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class EditVideoCreateWan26FlashEditVideoParams(TypedDict, total=False):
    """Body of `wan.edit_video.create` (model=wan-2.6-flash-edit-video)."""

    model: Required[Literal["wan-2.6-flash-edit-video"]]

    source_video_urls: Required[list[str] | tuple[str, ...]]
    """Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video)."""

    source_video_url: str
    """Source video URL (required for wan-2.7-edit-video)."""

    prompt: str
    """Text description of the desired edit."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    negative_prompt: str
    """What to avoid."""

    reference_image_url: str
    """Reference image URL for style guidance."""

    output_resolution: str
    """Output resolution, for example 720p or 1080p."""

    aspect_ratio: str
    """Output aspect ratio."""

    duration_seconds: float
    """Output duration in seconds."""

    audio_setting: str
    """Audio handling setting."""

    audio: bool
    """Generate audio (flash model only)."""

    multi_shots: bool
    """Multi-shot mode, several shots with transitions instead of one continuous shot (flash model
    only)."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    watermark: bool
    """Add a watermark."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class EditVideoCreateWan27EditVideoParams(TypedDict, total=False):
    """Body of `wan.edit_video.create` (model=wan-2.7-edit-video)."""

    model: Required[Literal["wan-2.7-edit-video"]]

    source_video_url: Required[str]
    """Source video URL (required for wan-2.7-edit-video)."""

    source_video_urls: list[str] | tuple[str, ...]
    """Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video)."""

    prompt: str
    """Text description of the desired edit."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    negative_prompt: str
    """What to avoid."""

    reference_image_url: str
    """Reference image URL for style guidance."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Output aspect ratio."""

    duration_seconds: float
    """Output duration in seconds."""

    audio_setting: str
    """Audio handling setting."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    watermark: bool
    """Add a watermark."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class ImageToVideoCreateWan22A14bImageToVideoTurboParams(TypedDict, total=False):
    """Body of `wan.image_to_video.create` (model=wan-2.2-a14b-image-to-video-turbo)."""

    model: Required[Literal["wan-2.2-a14b-image-to-video-turbo"]]

    first_frame_image_url: Required[str]
    """First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*)."""

    prompt: str
    """Text prompt (optional for wan-2.2-* and wan-2.5-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["480p", "720p"]
    """Output resolution, 480p or 720p on wan-2.2-a14b-image-to-video-turbo."""

    aspect_ratio: str
    """Aspect ratio, for example 16:9 (wan-2.2-* and wan-2.5-*)."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class ImageToVideoCreateWan25ImageToVideoParams(TypedDict, total=False):
    """Body of `wan.image_to_video.create` (model=wan-2.5-image-to-video)."""

    model: Required[Literal["wan-2.5-image-to-video"]]

    first_frame_image_url: Required[str]
    """First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*)."""

    duration_seconds: Required[float]
    """Duration in seconds (required for wan-2.5-*)."""

    prompt: str
    """Text prompt (optional for wan-2.2-* and wan-2.5-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    aspect_ratio: str
    """Aspect ratio, for example 16:9 (wan-2.2-* and wan-2.5-*)."""

    negative_prompt: str
    """What to avoid (wan-2.5-* and wan-2.7-*)."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class ImageToVideoCreateWan26ImageToVideoParams(TypedDict, total=False):
    """Body of `wan.image_to_video.create` (model=wan-2.6-image-to-video)."""

    model: Required[Literal["wan-2.6-image-to-video"]]

    prompt: Required[str]
    """Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*)."""

    first_frame_image_url: Required[str]
    """First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class ImageToVideoCreateWan26FlashImageToVideoParams(TypedDict, total=False):
    """Body of `wan.image_to_video.create` (model=wan-2.6-flash-image-to-video)."""

    model: Required[Literal["wan-2.6-flash-image-to-video"]]

    prompt: Required[str]
    """Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*)."""

    first_frame_image_url: Required[str]
    """First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: Literal[5, 10, 15]
    """Duration in seconds, 5, 10 or 15 (default 5)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p (default 1080p)."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    audio: bool
    """Generate audio (flash models only)."""

    multi_shots: bool
    """Multi-shot mode, several shots with transitions instead of one continuous shot (flash models
    only)."""


class ImageToVideoCreateWan27ImageToVideoParams(TypedDict, total=False):
    """Body of `wan.image_to_video.create` (model=wan-2.7-image-to-video)."""

    model: Required[Literal["wan-2.7-image-to-video"]]

    prompt: Required[str]
    """Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    first_frame_image_url: str
    """First frame image URL for frame anchoring (optional for wan-2.7-*)."""

    last_frame_image_url: str
    """Last frame image URL (wan-2.7-* only)."""

    source_video_url: str
    """Source video URL for continuation (wan-2.7-* only)."""

    driving_audio_url: str
    """Driving audio URL (wan-2.7-* only)."""

    background_audio_url: str
    """Background audio URL (wan-2.7-* only)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    ratio: str
    """Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`)."""

    negative_prompt: str
    """What to avoid (wan-2.5-* and wan-2.7-*)."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    watermark: bool
    """Add a watermark to the output (wan-2.7-* only)."""


class SpeechToVideoCreateParams(TypedDict, total=False):
    """Body of `wan.speech_to_video.create`."""

    model: Required[Literal["wan-2.2-a14b-speech-to-video-turbo"]]
    """Must be wan-2.2-a14b-speech-to-video-turbo."""

    source_image_url: Required[str]
    """Portrait source image URL."""

    source_audio_url: Required[str]
    """Driving speech audio URL."""

    prompt: str
    """Additional description prompt."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    num_frames: int
    """Number of output frames."""

    frames_per_second: int
    """Frames per second."""

    output_resolution: Literal["480p", "580p", "720p"]
    """Output resolution, 480p, 580p or 720p on wan-2.2-* models."""

    negative_prompt: str
    """What to avoid."""

    seed: int
    """Random seed for reproducibility."""

    num_inference_steps: int
    """Denoising steps."""

    guidance_scale: float
    """Classifier-free guidance scale."""

    shift: float
    """Noise shift."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class TextToImageCreateWan27ImageParams(TypedDict, total=False):
    """Body of `wan.text_to_image.create` (model=wan-2.7-image)."""

    model: Required[Literal["wan-2.7-image"]]

    prompt: Required[str]
    """Text description of the image."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"]
    """Output aspect ratio."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution, 1k, 2k or 4k."""

    output_count: int
    """Number of images to generate."""

    enable_sequential: bool
    """Sequential generation mode."""

    watermark: bool
    """Add a watermark."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    source_image_urls: list[str] | tuple[str, ...]
    """Source image URLs for image editing."""

    color_palette: Sequence[WanColorPaletteEntryParam]
    """Color palette constraints, each item `{hex, ratio}`."""

    bbox_list: Sequence[Mapping[str, object]]
    """Bounding box constraints."""


class TextToImageCreateWan27ImageProParams(TypedDict, total=False):
    """Body of `wan.text_to_image.create` (model=wan-2.7-image-pro)."""

    model: Required[Literal["wan-2.7-image-pro"]]

    prompt: Required[str]
    """Text description of the image."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    aspect_ratio: Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"]
    """Output aspect ratio."""

    output_resolution: Literal["1k", "2k", "4k"]
    """Output resolution, 1k, 2k or 4k."""

    output_count: int
    """Number of images to generate."""

    enable_sequential: bool
    """Sequential generation mode."""

    thinking_mode: bool
    """Enhanced reasoning mode (wan-2.7-image-pro only)."""

    watermark: bool
    """Add a watermark."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    source_image_urls: list[str] | tuple[str, ...]
    """Source image URLs for image editing."""

    color_palette: Sequence[WanColorPaletteEntryParam]
    """Color palette constraints, each item `{hex, ratio}`."""

    bbox_list: Sequence[Mapping[str, object]]
    """Bounding box constraints."""


class TextToVideoCreateWan22A14bTextToVideoTurboParams(TypedDict, total=False):
    """Body of `wan.text_to_video.create` (model=wan-2.2-a14b-text-to-video-turbo)."""

    model: Required[Literal["wan-2.2-a14b-text-to-video-turbo"]]

    prompt: Required[str]
    """Text description of the video to generate."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["480p", "580p", "720p"]
    """Output resolution, 480p, 580p or 720p on wan-2.2-* models."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Aspect ratio (not applicable for wan-2.7-*, which use `ratio`)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    first_frame_image_url: str
    """First frame image URL."""

    reference_audio_url: str
    """Reference audio URL."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    acceleration: str
    """Generation speed setting."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class TextToVideoCreateWan25TextToVideoParams(TypedDict, total=False):
    """Body of `wan.text_to_video.create` (model=wan-2.5-text-to-video)."""

    model: Required[Literal["wan-2.5-text-to-video"]]

    prompt: Required[str]
    """Text description of the video to generate."""

    duration_seconds: Required[float]
    """Duration in seconds (required for wan-2.5-*)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Aspect ratio (not applicable for wan-2.7-*, which use `ratio`)."""

    negative_prompt: str
    """What to avoid in the video (wan-2.5-* and wan-2.7-*)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    first_frame_image_url: str
    """First frame image URL."""

    reference_audio_url: str
    """Reference audio URL."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""


class TextToVideoCreateWan26TextToVideoParams(TypedDict, total=False):
    """Body of `wan.text_to_video.create` (model=wan-2.6-text-to-video)."""

    model: Required[Literal["wan-2.6-text-to-video"]]

    prompt: Required[str]
    """Text description of the video to generate."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"]
    """Aspect ratio (not applicable for wan-2.7-*, which use `ratio`)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    first_frame_image_url: str
    """First frame image URL."""

    reference_audio_url: str
    """Reference audio URL."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    multi_shots: bool
    """Multi-shot mode, several shots with transitions instead of one continuous shot."""


class TextToVideoCreateWan27TextToVideoParams(TypedDict, total=False):
    """Body of `wan.text_to_video.create` (model=wan-2.7-text-to-video)."""

    model: Required[Literal["wan-2.7-text-to-video"]]

    prompt: Required[str]
    """Text description of the video to generate."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds (required for wan-2.5-*)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    ratio: str
    """Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`)."""

    negative_prompt: str
    """What to avoid in the video (wan-2.5-* and wan-2.7-*)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    first_frame_image_url: str
    """First frame image URL."""

    reference_audio_url: str
    """Reference audio URL."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    watermark: bool
    """Add a watermark to the output (wan-2.7-* only)."""

    background_audio_url: str
    """Background audio URL (wan-2.7-text-to-video only)."""


class TextToVideoCreateWan27R2vParams(TypedDict, total=False):
    """Body of `wan.text_to_video.create` (model=wan-2.7-r2v)."""

    model: Required[Literal["wan-2.7-r2v"]]

    prompt: Required[str]
    """Text description of the video to generate."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    duration_seconds: float
    """Duration in seconds, from 2 to 10 (default 5)."""

    output_resolution: Literal["720p", "1080p"]
    """Output resolution, 720p or 1080p."""

    ratio: str
    """Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`)."""

    negative_prompt: str
    """What to avoid in the video (wan-2.5-* and wan-2.7-*)."""

    reference_image_urls: list[str] | tuple[str, ...]
    """Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    reference_video_urls: list[str] | tuple[str, ...]
    """Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or
    video URL."""

    first_frame_image_url: str
    """First frame image URL."""

    reference_audio_url: str
    """Reference audio URL."""

    enable_prompt_expansion: bool
    """Auto-expand the prompt."""

    seed: int
    """Random seed for reproducibility."""

    enable_safety_checker: bool
    """Content safety check toggle."""

    watermark: bool
    """Add a watermark to the output (wan-2.7-* only)."""


class WanColorPaletteEntryParam(TypedDict, total=False):
    """An item of WanColorPaletteEntryParam."""

    hex: Required[str]
    """Color as a hex code, such as `#C2D1E6`."""

    ratio: Required[float | str]
    """Share of the image this color should cover."""
