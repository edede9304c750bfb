#!/usr/bin/env bash
# The action's script: choose the files, lint them with GitHub annotations and a step summary,
# optionally write SARIF, and fail according to WIKILINT_FAIL_ON. Runs in the repository checkout.
set -uo pipefail

paths=()
if [ -n "${WIKILINT_PATHS:-}" ]; then
  read -r -a paths <<< "$WIKILINT_PATHS"
elif [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  base="origin/${GITHUB_BASE_REF}"
  git rev-parse --verify --quiet "$base" >/dev/null || base="${GITHUB_BASE_REF}"
  while IFS= read -r file; do
    [ -f "$file" ] && paths+=("$file")
  done < <(git diff --name-only --diff-filter=ACMR "$base...HEAD" -- '*.txt' '*.md' '*.markdown')
  if [ "${#paths[@]}" -eq 0 ]; then
    echo "wikilint: the pull request changes no .txt or .md file"
    echo "findings=0" >> "${GITHUB_OUTPUT:-/dev/null}"
    exit 0
  fi
else
  paths=(.)
fi

extra=()
[ -n "${WIKILINT_ARGS:-}" ] && read -r -a extra <<< "$WIKILINT_ARGS"
[ -n "${WIKILINT_BASELINE:-}" ] && extra+=(--baseline "$WIKILINT_BASELINE")
fail_on="${WIKILINT_FAIL_ON:-warning}"

if [ -n "${WIKILINT_SARIF:-}" ]; then
  wikilint check "${extra[@]}" --exit-zero --quiet --output-format sarif \
    --output-file "$WIKILINT_SARIF" "${paths[@]}"
fi

json=$(wikilint check "${extra[@]}" --exit-zero --output-format json "${paths[@]}" 2>/dev/null)
count=$(printf '%s' "$json" | python -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' 2>/dev/null || echo 0)
echo "findings=$count" >> "${GITHUB_OUTPUT:-/dev/null}"

wikilint check "${extra[@]}" --output-format github --fail-level "$fail_on" "${paths[@]}"
