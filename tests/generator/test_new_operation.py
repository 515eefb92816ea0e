"""Adding an operation to the spec needs no generator or template change.

A copy of the real spec gains a new group with a task create, its status operation and a
conditional rule; `python -m generator generate` on the copy yields a client that has the new
methods, documents them, type-stubs them and enforces the rule.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from generator.project import PROJECT
from tests.generator.in_process import run_main

GROUP = """
paths:
  render:
    post:
      operationId: demo.render.create
      tags: [demo]
      summary: Render a demo clip
      description: Starts a demo render task.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/DemoRenderRequest'
      responses:
        '202':
          description: Task accepted.
          content:
            application/json:
              schema:
                $ref: '../openapi.yaml#/components/schemas/TaskAccepted'
          links:
            getTaskStatus:
              operationId: demo.render.get
              parameters:
                id: $response.body#/id
        '400':
          $ref: '../openapi.yaml#/components/responses/BadRequest'
      callbacks:
        taskStatus:
          '{$request.body#/callback_url}':
            post:
              parameters:
                - $ref: '../openapi.yaml#/components/parameters/CallbackId'
                - $ref: '../openapi.yaml#/components/parameters/CallbackTimestamp'
                - $ref: '../openapi.yaml#/components/parameters/CallbackSignature'
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/DemoRenderStatus'
              responses:
                '200':
                  description: Acknowledged.
                '4XX':
                  description: Retried.
  render_by_id:
    get:
      operationId: demo.render.get
      tags: [demo]
      summary: Get a demo render
      description: Returns the task status.
      parameters:
        - $ref: '../openapi.yaml#/components/parameters/TaskId'
      responses:
        '200':
          description: Status.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DemoRenderStatus'
        '404':
          $ref: '../openapi.yaml#/components/responses/NotFound'
components:
  schemas:
    DemoRenderRequest:
      type: object
      required: [model, prompt]
      additionalProperties: false
      properties:
        model:
          enum: [demo-1, demo-2]
        prompt:
          type: string
        start:
          type: integer
        end:
          type: integer
        callback_url:
          $ref: '../openapi.yaml#/components/schemas/CallbackUrl'
      allOf:
        - description: end requires start
          dependentRequired:
            end: [start]
    DemoRenderStatus:
      allOf:
        - $ref: '../openapi.yaml#/components/schemas/TaskEnvelope'
        - type: object
          properties:
            videos:
              type: array
              items:
                $ref: '../openapi.yaml#/components/schemas/MediaUrl'
        - description: videos is present once the task has completed
          if:
            required: [status]
            properties:
              status:
                const: completed
          then:
            required: [videos]
"""


def _spec_with_new_group(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(PROJECT / "spec", spec)
    (spec / "paths" / "demo.yaml").write_text(GROUP, encoding="utf-8")
    root = yaml.safe_load((spec / "openapi.yaml").read_text(encoding="utf-8"))
    root["tags"].append({"name": "demo", "description": "A demo group added by a test."})
    root["x-tagGroups"][0]["tags"].append("demo")  # a new group also gets its media kind
    root["paths"]["/api/v1/demo/render"] = {"$ref": "paths/demo.yaml#/paths/render"}
    root["paths"]["/api/v1/demo/render/{id}"] = {"$ref": "paths/demo.yaml#/paths/render_by_id"}
    (spec / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
    with (spec / "reference" / "operations.tsv").open("a", encoding="utf-8") as listing:
        listing.write("demo\tPOST\t/api/v1/demo/render\tasync task create (callback_url)\t\n")
        listing.write("demo\tGET\t/api/v1/demo/render/{id}\ttask status\t\n")
    return spec / "openapi.yaml"


def test_new_operation_reaches_the_generated_client(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    # `python -m generator generate`, in this process (tests/generator/test_pipeline.py runs the
    # real command); the generated client is then imported in a fresh interpreter of its own.
    spec = _spec_with_new_group(tmp_path)
    code, _, err = run_main(["generate", "--spec", str(spec), "--out", str(out), "--no-redocly"])
    assert code == 0, err
    source = out / "python" / "src"
    stub = (source / "runapi" / "resources" / "demo.pyi").read_text(encoding="utf-8")
    assert "def create(" in stub and "Unpack[params.RenderCreateParams]" in stub
    script = textwrap.dedent(
        """
        import runapi
        client = runapi.RunAPI(api_key="test")
        render = client.demo.render
        assert "Render a demo clip" in render.create.__doc__
        assert callable(render.run) and callable(render.wait) and callable(render.get)
        render.validate(model="demo-1", prompt="x", start=1, end=2)
        try:
            render.validate(model="demo-3", prompt="x")
        except runapi.ValidationError as error:
            assert "model must be one of: demo-1, demo-2" in str(error), error
        else:
            raise AssertionError("model demo-3 accepted")
        try:
            render.validate(model="demo-1", prompt="x", end=2)
        except runapi.ValidationError as error:
            assert "end requires start" in str(error), error
        else:
            raise AssertionError("end without start accepted")
        print("ok")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(source)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr
