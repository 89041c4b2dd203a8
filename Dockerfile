# Scrutineer: a multi-stage image that runs as a non-root user.
#   docker build -t scrutineer .
#   docker compose -f deploy/compose.yaml up
# The same steps, without Docker, are deploy/package.sh (run by CI, which has no Docker daemon).

# --- build: the whole toolchain, the TypeScript compiled to dist/
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 is a native addon: built here if no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build

# --- runtime dependencies only
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- what runs: compiled code, production modules, templates and page assets, as user node
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATABASE_URL=sqlite:/data/scrutineer.sqlite
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Templates (*.njk) and the pages' own styles and scripts are read from src/ at run time.
COPY --from=build /app/src ./src
COPY package.json ./
COPY config ./config
RUN find src -name '*.ts' -delete && mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
