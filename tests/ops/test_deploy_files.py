"""deploy/ checked as far as a machine without a Docker engine allows: every file parses, the
pieces agree with each other and with the code (ports, probe paths, settings names, the command)."""

from __future__ import annotations

import configparser
import re

import yaml

from bot.settings import ROOT, Settings

from .deploy_files import DEPLOY, dockerfile, env, exec_form, serve_command

SETTINGS_ENV = {name.upper() for name in Settings.model_fields}
SLACK_SECRETS = {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"}


def k8s(name: str) -> dict:
    (doc,) = list(yaml.safe_load_all((DEPLOY / "k8s" / name).read_text(encoding="utf-8")))
    return doc


def systemd_unit() -> configparser.ConfigParser:
    unit = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    unit.optionxform = str  # systemd keys are case-sensitive
    unit.read(DEPLOY / "nkbot.service", encoding="utf-8")
    return unit


def systemd_environment(unit: configparser.ConfigParser) -> dict[str, str]:
    lines = (DEPLOY / "nkbot.service").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 2)[1:] for line in lines if line.startswith("Environment="))


def test_dockerfile_slim_non_root_index_built_and_serves_http():
    steps = dockerfile()
    assert steps[0] == ("FROM", "python:3.11-slim")
    runs = [args for instruction, args in steps if instruction == "RUN"]
    assert any(re.search(r"pip install (?:--no-cache-dir )?\.(?:\s|$)", r) for r in runs)
    build = next(i for i, (ins, args) in enumerate(steps) if ins == "RUN" and "nkbot index build" in args)
    users = [(i, args) for i, (ins, args) in enumerate(steps) if ins == "USER"]
    assert users and users[-1][1] not in {"root", "0"} and users[-1][0] > build  # built as root, run as nkbot
    assert re.search(rf"useradd .*\b{users[-1][1]}$", runs[0])
    assert serve_command() == ["nkbot", "serve", "--http", "--port", "3000"]
    assert ("EXPOSE", "3000") in steps and env(steps)["PORT"] == "3000"
    (check,) = [args for ins, args in steps if ins == "HEALTHCHECK"]
    assert exec_form(check.split(" CMD ", 1)[1]) == ["nkbot", "health", "--url", "http://127.0.0.1:3000/healthz"]


def test_dockerfile_copies_what_exists_and_points_settings_at_it():
    steps = dockerfile()
    copied = [a for ins, args in steps if ins == "COPY" for a in args.split()[:-1]]
    assert all((ROOT / source).exists() for source in copied), copied
    values = env(steps)
    assert set(values) - {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PIP_NO_CACHE_DIR",
                          "PIP_DISABLE_PIP_VERSION_CHECK"} <= SETTINGS_ENV
    for key, folder in (("SEEDS_DIR", "seeds"), ("BRIEFINGS_DIR", "briefings")):
        assert values[key] == f"/app/{folder}" and f"{folder} ./{folder}" in [a for i, a in steps if i == "COPY"]
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8")
    assert all(f"!{source.rstrip('/')}" in ignored.replace("/\n", "\n") for source in copied)


def test_compose_two_http_replicas_behind_the_proxy_with_postgres():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    bots = sorted(name for name, s in services.items() if s.get("image") == "nkbot:latest")
    assert bots == ["bot-1", "bot-2"]
    for name in bots:
        bot = services[name]
        assert bot["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"} and "command" not in bot
        assert bot["env_file"] == ".env" and not SLACK_SECRETS & set(bot["environment"])
        assert set(bot["environment"]) <= SETTINGS_ENV
        assert re.fullmatch(r"postgresql\+psycopg://nkbot:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432/nkbot",
                            bot["environment"]["DATABASE_URL"])
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"][1]
    proxy = services["proxy"]
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in proxy["volumes"] and set(proxy["depends_on"]) == set(bots)
    caddy = (DEPLOY / "Caddyfile").read_text(encoding="utf-8")
    assert f"reverse_proxy {' '.join(f'{b}:3000' for b in bots)}" in caddy
    assert "health_uri /readyz" in caddy and "@bot path /slack/events /sources/*" in caddy
    assert caddy.count("{") == caddy.count("}")
    example = (DEPLOY / "env.example").read_text(encoding="utf-8")
    assert {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "POSTGRES_PASSWORD", "NKBOT_DOMAIN"} <= {
        line.split("=")[0] for line in example.splitlines() if "=" in line and not line.startswith("#")}


def test_systemd_unit_socket_mode_restarts_non_root_hardened():
    unit = systemd_unit()
    service = unit["Service"]
    exec_start = service["ExecStart"].split()
    assert exec_start[0].endswith("/nkbot") and exec_start[1:] == ["serve"]  # Socket Mode: no --http
    assert service["Restart"] == "on-failure" and service["User"] not in {"root", "0"}
    assert service["EnvironmentFile"].startswith("/etc/nkbot/")
    assert service["NoNewPrivileges"] == "yes" and service["ProtectSystem"] == "strict"
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    # The heartbeat pets the watchdog: systemd must allow several missed beats before a restart.
    assert int(service["WatchdogSec"]) >= 3 * Settings(_env_file=None).heartbeat_seconds
    environment = systemd_environment(unit)
    assert set(environment) <= SETTINGS_ENV and not SLACK_SECRETS & set(environment)
    assert environment["HEARTBEAT_PATH"].startswith("/run/nkbot/") and service["RuntimeDirectory"] == "nkbot"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_k8s_deployment_probes_secrets_and_service():
    deployment, service, config = k8s("deployment.yaml"), k8s("service.yaml"), k8s("configmap.yaml")
    assert deployment["kind"] == "Deployment" and deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]
    assert pod["metadata"]["labels"].items() >= deployment["spec"]["selector"]["matchLabels"].items()
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    (container,) = pod["spec"]["containers"]
    assert "command" not in container and "args" not in container  # the image's CMD, as tested
    (port,) = container["ports"]
    assert port["containerPort"] == int(serve_command()[-1])
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": port["name"]}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": port["name"]}
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    assert set(refs) == SLACK_SECRETS | {"DATABASE_URL"}
    assert all(ref["name"] == "nkbot" and ref["key"] == name for name, ref in refs.items())
    assert set(refs) | set(config["data"]) <= SETTINGS_ENV and not SLACK_SECRETS & set(config["data"])
    assert container["envFrom"] == [{"configMapRef": {"name": config["metadata"]["name"]}}]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
    assert service["spec"]["ports"][0]["targetPort"] == port["name"]
    kustomization = k8s("kustomization.yaml")
    assert "secret.example.yaml" not in kustomization["resources"]
    assert all((DEPLOY / "k8s" / name).exists() for name in kustomization["resources"])
    secret = k8s("secret.example.yaml")
    assert set(secret["stringData"]) == set(refs)
