# The hub image: node:20-slim, npm ci, TypeScript build, production dependencies only at run time.
FROM node:20-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary for glibc x64/arm64; the toolchain is the fallback when it cannot.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY client ./client
# `npm ci` runs the `prepare` script: the server build (tsc → dist/) and the browser apps (Vite → client/dist/).
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    HUB_DATA_DIR=/data \
    HUB_TENANTS_FILE=/run/jorge/tenants.json
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
# No tenants file is baked in (the shipped config/tenants.json accepts loopback widget origins and holds the `acme`
# test tenant): mount the team's own at /run/jorge/tenants.json (docker-compose.yml, HUB_TENANTS_PATH).
# `npm run token` in the container runs the compiled token command (no tsx at run time):
#   docker compose exec hub-1 npm run token -- --tenant demo --role supervisor --user maria --name "Maria Lopez"
RUN npm pkg set scripts.token="node dist/src/identity/token-main.js"
# `npm run tenant -- create ...` likewise (docs/OPERATIONS.md "Tenants").
RUN npm pkg set scripts.tenant="node dist/src/tenancy/cli-main.js"
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# Liveness only; readiness (/readyz) is what the load balancer checks.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains (in-flight acks and bot turns finish, clients are told to reconnect) within HUB_SHUTDOWN_GRACE_MS.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/server.js"]
