#!/usr/bin/env python3
"""`seed_many_clients.py POOL_ID COUNT`: COUNT members of the client group in the local Cognito,
made straight through its API on 8 threads (scripts/bench's /professional at scale). Local only."""
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import boto3

pool_id, count = sys.argv[1], int(sys.argv[2])
cognito = boto3.client(
    "cognito-idp", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name=os.environ["AWS_REGION"]
)


def make(i: int) -> None:
    username = f"client{i:05d}"
    cognito.admin_create_user(
        UserPoolId=pool_id,
        Username=username,
        MessageAction="SUPPRESS",
        UserAttributes=[
            {"Name": "email", "Value": f"{username}@example.com"},
            {"Name": "email_verified", "Value": "true"},
            {"Name": "given_name", "Value": f"Given{i:05d}"},
            {"Name": "family_name", "Value": f"Family{i % 977:03d}"},
        ],
    )
    cognito.admin_add_user_to_group(UserPoolId=pool_id, Username=username, GroupName="client")


with ThreadPoolExecutor(max_workers=8) as pool:
    list(pool.map(make, range(count)))
