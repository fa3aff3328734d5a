#!/usr/bin/env python3
"""The documented client flow of seed 004, unchanged, against a HealthSync server.

Usage: upload.py BASE_URL EMAIL PASSWORD FILE [TIMEOUT_SECONDS]

1. log in with the form (username, password) for a bearer token, and read the user id from /api/v1/users/me;
2. ask for a presigned POST (filename, expiration_seconds, max_file_size);
3. post form_fields then the file, last, to upload_url with requests, exactly as the seed's snippet does;
4. find the job: the upload response's job_id when the server took the upload itself, else the complete call
   (real S3 answers 204 without a body);
5. poll GET /api/v1/users/{id}/import/jobs/{job_id} until the status is neither queued nor running.

Prints one line per step and, last, "JOB <json>". Exits 0 when the job is done (or when the server has no job
endpoint yet: 404, after a successful upload), 1 when it failed or was cancelled, 2 on timeout, 3 on usage errors.
"""
import json
import os
import sys
import time

import requests

MAX_FILE_SIZE = 10 * 1024 * 1024 * 1024
CONTENT_TYPES = {".zip": "application/zip", ".gz": "application/gzip", ".xml": "application/xml"}


def main(argv):
    if len(argv) not in (5, 6):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 3
    base, email, password, path = argv[1].rstrip("/"), argv[2], argv[3], argv[4]
    timeout = float(argv[5]) if len(argv) == 6 else 600.0
    name = os.path.basename(path)
    size = os.path.getsize(path)

    login = requests.post(f"{base}/api/v1/auth/login", data={"username": email, "password": password})
    login.raise_for_status()
    headers = {"Authorization": f"Bearer {login.json()['access_token']}", "accept": "application/json"}
    me = requests.get(f"{base}/api/v1/users/me", headers=headers)
    me.raise_for_status()
    user_id = me.json()["id"]
    print(f"logged in as user {user_id}")

    presign = requests.post(f"{base}/api/v1/users/{user_id}/import/apple/xml/s3", headers=headers, json={
        "filename": name,
        "expiration_seconds": 300,
        "max_file_size": min(MAX_FILE_SIZE, max(52428800, size)),
    })
    presign.raise_for_status()
    presigned_data = presign.json()
    print(f"presigned upload to {presigned_data['upload_url']} (bucket {presigned_data['bucket']})")

    # Seed 004, step 2: the form fields, then the file, last.
    content_type = CONTENT_TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")
    with open(path, "rb") as f:
        files = {"file": (name, f, content_type)}
        upload_response = requests.post(
            presigned_data["upload_url"],
            data=presigned_data["form_fields"],
            files=files,
        )
        upload_response.raise_for_status()
    print(f"Uploaded successfully! File key: {presigned_data['file_key']}")

    job_id = job_of(upload_response)
    if job_id is None:
        complete = requests.post(f"{base}/api/v1/users/{user_id}/import/apple/xml/s3/complete", headers=headers,
                                 json={"file_key": presigned_data["file_key"]})
        complete.raise_for_status()
        job_id = complete.json()["job_id"]
    print(f"import job {job_id} queued")

    deadline = time.monotonic() + timeout
    while True:
        poll = requests.get(f"{base}/api/v1/users/{user_id}/import/jobs/{job_id}", headers=headers)
        if poll.status_code == 404:
            print("the server has no job status endpoint yet (404); the upload itself succeeded")
            return 0
        poll.raise_for_status()
        job = poll.json()
        if job.get("status") not in ("queued", "running"):
            print("JOB " + json.dumps(job, sort_keys=True))
            return 0 if job.get("status") == "done" else 1
        if time.monotonic() > deadline:
            print("JOB " + json.dumps(job, sort_keys=True))
            print(f"the job did not finish within {timeout:.0f} s", file=sys.stderr)
            return 2
        time.sleep(0.5)


def job_of(response):
    """The job id when the server took the upload itself; None for S3's empty 204."""
    if not response.content or "json" not in response.headers.get("Content-Type", ""):
        return None
    return response.json().get("job_id")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
