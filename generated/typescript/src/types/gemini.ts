// Types of the gemini operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** One conversation message. */
export interface LlmGeminiChatMessageParam {
  /** Author of the message, for example system, user, assistant or tool. */
  role: string;
  /** Text, an array of content parts (text, image_url or another OpenAI part type), or null for an assistant message that only carries tool_calls. */
  content?: string | Array<LlmGeminiChatContentPartParam> | null;
  name?: string;
  tool_calls?: Array<Record<string, unknown>>;
  tool_call_id?: string;
  [key: string]: unknown;
}

/** An OpenAI-style function tool; the function name googleSearch enables Google Search. */
export interface LlmGeminiChatFunctionToolParam {
  type: "function";
  function: {
    name: string;
    description?: string;
    parameters?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A chat completion. */
export interface LlmGeminiChatCompletion {
  id: string;
  object: "chat.completion";
  created?: number;
  model?: string;
  choices: Array<({
      index?: number;
      message?: {
        role?: string;
        content?: string | null;
        /** Thought traces, when include_thoughts is set and the model returns them. */
        reasoning_content?: string | null;
        tool_calls?: Array<Record<string, unknown>>;
      };
      finish_reason?: string | null;
    })>;
  /** Token usage, the basis of billing. */
  usage?: LlmGeminiChatUsage;
}

/**
 * The JSON object carried by one SSE `data:` line of a streamed Gemini chat completion: a
 * `chat.completion.chunk`. The stream ends with the literal line `data: [DONE]`.
 */
export type LlmGeminiChatCompletionStreamEvent = LlmGeminiChatCompletionChunk;

/** OpenAI List Models answer. */
export interface LlmGeminiOpenaiModelList {
  object: "list";
  data: Array<{
      id: string;
      object: "model";
      /** Unix time (seconds). */
      created?: number;
      owned_by?: string;
    }>;
}

/** Google AI models.list answer. */
export interface LlmGeminiModelList {
  models: Array<LlmGeminiModel>;
  nextPageToken?: string;
}

/** One turn - a role and its parts. */
export interface LlmGeminiContentParam {
  /** Author of the turn, for example user or model. */
  role?: string;
  parts: Array<LlmGeminiPartParam>;
  [key: string]: unknown;
}

/** A part - text, inline data, file data, a function call or a function response (thought parts carry `thought: true`). */
export interface LlmGeminiPartParam {
  text?: string;
  thought?: boolean;
  thoughtSignature?: string;
  inlineData?: {
    mimeType: string;
    /** Base64 bytes. */
    data: string;
    [key: string]: unknown;
  };
  fileData?: {
    mimeType?: string;
    fileUri: string;
    [key: string]: unknown;
  };
  functionCall?: {
    name: string;
    args?: Record<string, unknown>;
    [key: string]: unknown;
  };
  functionResponse?: {
    name: string;
    response: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A Gemini tool. */
export interface LlmGeminiToolParam {
  functionDeclarations?: Array<{
      name: string;
      description?: string;
      /** OpenAPI-style schema of the arguments (types in upper case, e.g. OBJECT, STRING). */
      parameters?: Record<string, unknown>;
      [key: string]: unknown;
    }>;
  googleSearch?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One streamed chunk of generated content. */
export interface LlmGeminiStreamEvent {
  candidates?: Array<{
      content?: {
        role?: string;
        parts?: Array<LlmGeminiPart>;
      };
      /** STOP, MAX_TOKENS, SAFETY, ... on the last chunk. */
      finishReason?: string;
      index?: number;
    }>;
  usageMetadata?: {
    promptTokenCount?: number;
    candidatesTokenCount?: number;
    thoughtsTokenCount?: number;
    totalTokenCount?: number;
  };
  modelVersion?: string;
  responseId?: string;
}

/** A content part. Text and image_url parts are typed; other OpenAI part types are passed through. */
export type LlmGeminiChatContentPartParam = LlmGeminiChatTextPartParam | LlmGeminiChatImageUrlPartParam | LlmGeminiChatOtherContentPartParam;

/** Token usage, the basis of billing. */
export interface LlmGeminiChatUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

/** One streamed increment of a chat completion. */
export interface LlmGeminiChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created?: number;
  model?: string;
  choices: Array<LlmGeminiChatCompletionChunkChoice>;
  /** Token usage, on the last chunk when the stream reports it. */
  usage?: LlmGeminiChatUsage | null;
}

/** One Gemini model. */
export interface LlmGeminiModel {
  /** Resource name, `models/<id>`. */
  name: string;
  version?: string;
  displayName?: string;
  description?: string;
  inputTokenLimit?: number;
  outputTokenLimit?: number;
  supportedGenerationMethods?: Array<string>;
}

/** A part - text, inline data, file data, a function call or a function response (thought parts carry `thought: true`). */
export interface LlmGeminiPart {
  text?: string;
  thought?: boolean;
  thoughtSignature?: string;
  inlineData?: {
    mimeType: string;
    /** Base64 bytes. */
    data: string;
  };
  fileData?: {
    mimeType?: string;
    fileUri: string;
  };
  functionCall?: {
    name: string;
    args?: Record<string, unknown>;
  };
  functionResponse?: {
    name: string;
    response: Record<string, unknown>;
  };
}

/** Text content. */
export interface LlmGeminiChatTextPartParam {
  type: "text";
  text: string;
  [key: string]: unknown;
}

/** Image content by URL (or data URL). */
export interface LlmGeminiChatImageUrlPartParam {
  type: "image_url";
  image_url: {
    url: string;
    /** Image detail, for example auto, low or high. */
    detail?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Any other OpenAI content part type, passed through. */
export interface LlmGeminiChatOtherContentPartParam {
  type: string;
  [key: string]: unknown;
}

/** One choice of a streamed chunk; finish_reason is set on its last chunk. */
export interface LlmGeminiChatCompletionChunkChoice {
  index?: number;
  /** What a chunk adds to the message. */
  delta?: LlmGeminiChatCompletionChunkDelta;
  /** stop, length, tool_calls or content_filter on the last chunk; null before. */
  finish_reason?: string | null;
}

/** What a chunk adds to the message. */
export interface LlmGeminiChatCompletionChunkDelta {
  role?: string;
  content?: string | null;
  reasoning_content?: string | null;
  tool_calls?: Array<Record<string, unknown>>;
}

/** Body of `gemini.chat.completions.create`. */
export interface ChatCompletionsCreateParams {
  /** Gemini model id. */
  model: "gemini-2.5-flash" | "gemini-2.5-pro" | "gemini-3.1-pro-preview" | "gemini-3-flash-preview" | "gemini-3-pro-preview";
  /** Conversation messages with role and content. */
  messages: Array<LlmGeminiChatMessageParam>;
  /** Tool definitions. Google Search uses a `googleSearch` function tool; custom functions follow OpenAI-style tool objects. */
  tools?: Array<LlmGeminiChatFunctionToolParam>;
  /** Stream the answer as Server-Sent Events. */
  stream?: boolean;
  /** Include Gemini thought traces in the response. */
  include_thoughts?: boolean;
  /** Reasoning effort, low or high; supported on every Gemini model here except gemini-2.5-flash. */
  reasoning_effort?: "low" | "high";
  /** Structured output schema; type must be json_schema. */
  response_format?: {
    /** Must be json_schema. */
    type: "json_schema";
    /** The schema and its name. */
    json_schema: {
      name?: string;
      description?: string;
      /** JSON Schema the output must follow. */
      schema?: Record<string, unknown>;
      strict?: boolean;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Body of `gemini.models.stream_generate_content`. */
export interface ModelsStreamGenerateContentParams {
  /** Conversation turns. */
  contents: Array<LlmGeminiContentParam>;
  /** Accepted for compatibility; the endpoint streams either way. */
  stream?: boolean;
  /** One turn - a role and its parts. */
  systemInstruction?: {
    /** Author of the turn, for example user or model. */
    role?: string;
    parts: Array<LlmGeminiPartParam>;
    [key: string]: unknown;
  };
  /** Tools; function calling through `functionDeclarations`. */
  tools?: Array<LlmGeminiToolParam>;
  /** Function calling configuration. */
  toolConfig?: {
    functionCallingConfig?: {
      /** Function calling mode, for example AUTO, ANY or NONE. */
      mode?: string;
      allowedFunctionNames?: Array<string>;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  /** Generation settings. */
  generationConfig?: {
    temperature?: number;
    topP?: number;
    topK?: number;
    maxOutputTokens?: number;
    candidateCount?: number;
    stopSequences?: Array<string>;
    responseMimeType?: string;
    responseSchema?: Record<string, unknown>;
    /** Thinking controls. */
    thinkingConfig?: {
      /** Return thought parts. */
      includeThoughts?: boolean;
      /** Thinking depth, for example low or high. */
      thinkingLevel?: string;
      /** Thinking token budget (-1 lets the model decide). */
      thinkingBudget?: number;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  safetySettings?: Array<{
      category?: string;
      threshold?: string;
      [key: string]: unknown;
    }>;
  /** Response encoding as in Google's API; `sse` asks for Server-Sent Events. */
  alt?: string;
  [key: string]: unknown;
}
