"""Hand-made cases written after the rules, as a second held-out set (issue #17).

Each is a line as an application, a CI job or a shell would log it, with the
secret in it; the secrets are made up.  They were written from how the tools
print their command lines and configs, and measured once before any rule was
changed for them (the figure is in the issue #17 report); the innocents are
lines of the same tools without a secret.
"""

from __future__ import annotations

__all__ = ["HANDMADE_INNOCENTS", "HANDMADE_SECRETS"]

# (line, secret)
HANDMADE_SECRETS: list[tuple[str, str]] = [
    ("+ mysqldump --single-transaction -h db-1 -u backup -pR8v!qL2zT9 shop > /backup/shop.sql", "R8v!qL2zT9"),
    ("Running: psql 'host=pg port=5432 user=app password=Kx72mQp0aa dbname=orders'", "Kx72mQp0aa"),
    ("exec: redis-cli -h cache-0 -a 9fQw2LzP7xKm ping", "9fQw2LzP7xKm"),
    ("step 4/9: docker login -u ci-bot -p dckr_pat_Z7yQk2LmP9xR4tW8vN1bC3dF registry.example.com", "dckr_pat_Z7yQk2LmP9xR4tW8vN1bC3dF"),
    ("wget --user=deploy --password=Tq8#vLm2Rz https://artifacts.internal/app.tar.gz", "Tq8#vLm2Rz"),
    ("curl -sS -H 'X-Api-Key: 5c1d0e9a8b7f6e5d4c3b2a1f0e9d8c7b' https://api.example.com/v2/items", "5c1d0e9a8b7f6e5d4c3b2a1f0e9d8c7b"),
    ("curl -X POST -u 'svc-reports:Wm4!kQ7zP2' https://jira.example.com/rest/api/2/issue", "Wm4!kQ7zP2"),
    ("java -jar app.jar --spring.datasource.password=Lp0qZ8xW3v --server.port=8080", "Lp0qZ8xW3v"),
    ("helm upgrade api ./chart --set db.password=Hq7Zx2Lm9P --set image.tag=1.4.2", "Hq7Zx2Lm9P"),
    ("terraform apply -var 'db_password=Nn4Rz8Qk1W' -auto-approve", "Nn4Rz8Qk1W"),
    ("az login --service-principal -u 3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9 -p Xy8Q~fR2kLm9Pq3Zt7Vw1Bn5Cx0Jd4Hs6Ga2Eu", "Xy8Q~fR2kLm9Pq3Zt7Vw1Bn5Cx0Jd4Hs6Ga2Eu"),
    ("sshpass -p 'Rt5!yUi8Op' scp build.tgz deploy@10.2.3.4:/srv", "Rt5!yUi8Op"),
    ("npm config set //registry.npmjs.org/:_authToken npm_Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2cV7b", "npm_Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2cV7b"),
    ("pip install --index-url https://__token__:pypi-AgEIcHlwaS5vcmcCJDRmNjBkMWM0LWFhYmUtNGQ5Mi04YjYzLWE3ZTE2YmI5NjQxNAACKlszLCJmMTYxNjlmMi0xN2Q4LTRiZDMtOWQ3YS1hYmZiZmVlNjNjOWIiXQ@pypi.org/simple pkg", "pypi-AgEIcHlwaS5vcmcCJDRmNjBkMWM0LWFhYmUtNGQ5Mi04YjYzLWE3ZTE2YmI5NjQxNAACKlszLCJmMTYxNjlmMi0xN2Q4LTRiZDMtOWQ3YS1hYmZiZmVlNjNjOWIiXQ"),
    ("env: SLACK_APP_TOKEN=xapp-1-A07QWERTY12-7712345678901-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b", "xapp-1-A07QWERTY12-7712345678901-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b"),
    ("posting alert to https://contoso.webhook.office.com/webhookb2/a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6@f0e1d2c3-b4a5-9687-7a6b-5c4d3e2f1a0b/IncomingWebhook/8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", "8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f"),
    ("geoipupdate: using license key 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", "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"),
    ("infracost breakdown --path . (INFRACOST_API_KEY=ico-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc)", "ico-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc"),
    ("sendgrid client init with 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", "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"),
    ("Dynatrace OneAgent install: Api-Token dt0c01.QWERTYUIOPASDFGHJKLZXCVB.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c2v3b4n5m6q7w8e9r0t1y2", "dt0c01.QWERTYUIOPASDFGHJKLZXCVB.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c2v3b4n5m6q7w8e9r0t1y2"),
    ("payment failed for card 4000 0566 5566 5556 (insufficient funds)", "4000 0566 5566 5556"),
    ('{"level":"error","msg":"charge declined","card_number":"5200-8282-8282-8210"}', "5200-8282-8282-8210"),
    ("checkout: pan=6011 1111 1111 1117 exp=12/29", "6011 1111 1111 1117"),
    ("SHIPPO_API_KEY=shippo_live_4E7A1C9B2D8F3A6E5C0B7D4F1A8E2C9B6D3F0A5E", "shippo_live_4E7A1C9B2D8F3A6E5C0B7D4F1A8E2C9B6D3F0A5E"),
    ("harness delegate token pat.Ab3De6Gh9Jk2Mn5Pq8St1V.Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5.Mn8Op1Qr4St7Uv0Wx3Yz", "pat.Ab3De6Gh9Jk2Mn5Pq8St1V.Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5.Mn8Op1Qr4St7Uv0Wx3Yz"),
    ("SRC_ACCESS_TOKEN=sgp_a1b2c3d4e5f60718_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c", "sgp_a1b2c3d4e5f60718_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"),
    ("BUNDLE_GEMS__CONTRIBSYS__COM=ab12cd34:ef56ab78 bundle install", "ab12cd34:ef56ab78"),
    ("sonar-scanner -Dsonar.login=squ_0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4", "squ_0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4"),
    ("mvn sonar:sonar -Dsonar.login=0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4", "0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4"),
    ("FLUTTERWAVE_SECRET_KEY=FLWSECK_TEST-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-X", "FLWSECK_TEST-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-X"),
    ("clickhouse cloud: key id 7Qw3Er6Ty secret 4b1dQw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm", "4b1dQw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm"),
    ("scalingo login --api-token tk-us-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8U", "tk-us-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8U"),
    ("INTERCOM_TOKEN=dG9rOjEyMzQ1Njc4X2FiY2RfNDU2N19lZmdoXzg5MGE6MToy", "dG9rOjEyMzQ1Njc4X2FiY2RfNDU2N19lZmdoXzg5MGE6MToy"),
    ("settlemint login --token sm_pat_Ab3De6Gh9Jk2Mn5P", "sm_pat_Ab3De6Gh9Jk2Mn5P"),
    ("ADOBE_IO_CLIENT_SECRET: p8e-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0X", "p8e-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0X"),
    ("readme: rdme openapi --key rdme_xn8s9ab3c6d9e2f5g8h1i4j7k0l3m6n9o2p5q8r1s4t7u0v3w6x9y2z5a8b1c4d7e0f3g6", "rdme_xn8s9ab3c6d9e2f5g8h1i4j7k0l3m6n9o2p5q8r1s4t7u0v3w6x9y2z5a8b1c4d7e0f3g6"),
    ("ldapsearch -x -H ldaps://dc1 -D cn=svc,dc=corp -w Pw9!zQx4Lk -b dc=corp", "Pw9!zQx4Lk"),
    ("keytool -importkeystore -srcstorepass Kq3Zw8Lp1x -deststorepass Kq3Zw8Lp1x", "Kq3Zw8Lp1x"),
    ("openssl pkcs12 -export -passout pass:Wz7Qk2Lp9x -out cert.p12", "Wz7Qk2Lp9x"),
    ("mongosh 'mongodb://admin:Hx5Rz8Qw2k@mongo-0:27017/admin' --eval 'db.stats()'", "Hx5Rz8Qw2k"),
]

HANDMADE_INNOCENTS: list[str] = [
    # (not "mysqldump -u backup -p shop": mysql reads "-p shop" as "prompt, database shop", but
    # issue #17 asks for "-p VALUE after a user option" to be redacted, so "shop" is.)
    "+ mysqldump --single-transaction -h db-1 -u backup -p -D shop > /backup/shop.sql",
    "docker run --rm -u 1000:1000 -p 127.0.0.1:8080:80 -e TZ=UTC nginx:1.27",
    "kubectl -n prod rollout status deploy/api --timeout=120s",
    "curl -sS -o /dev/null -w '%{http_code}' https://api.example.com/health",
    "java -jar app.jar --spring.profiles.active=prod --server.port=8080 --management.port=8081",
    "helm upgrade api ./chart --set image.tag=1.4.2 --set replicas=3 --wait",
    "terraform apply -var 'region=eu-west-1' -var-file=prod.tfvars -auto-approve",
    "git push origin HEAD:refs/heads/main --force-with-lease",
    "ssh -p 2222 -o StrictHostKeyChecking=no deploy@10.2.3.4 'systemctl restart api'",
    "sonar-scanner -Dsonar.projectKey=api -Dsonar.host.url=https://sonar.example.com",
    "order 4000-0566-5566-5557 is not a card number (Luhn fails)",
    "invoice INV-2024-0001-0042 total 1234.56 EUR",
    "request 7d3f9a2b-1c4e-4f6a-9b8d-2e5c7a1f3b9d took 123 ms",
    "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    "image sha256:9c1d0e8a7b6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d pulled",
    "keytool -list -keystore /etc/ssl/app.jks -storepass:env KEYSTORE_PASS",
    "openssl req -new -key server.key -out server.csr -subj /CN=api.example.com",
    "pip install --index-url https://pypi.org/simple --extra-index-url https://mirror.internal/simple pkg",
    "npm config set registry https://registry.npmjs.org/",
    "geoipupdate -f /etc/GeoIP.conf -d /usr/share/GeoIP -v",
]
