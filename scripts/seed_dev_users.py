#!/usr/bin/env python3
"""Ready accounts for scripts/dev: a professional and a client, and a permanent password for all
three (the admin was invited by `cognito-portal create-admin`). Local Cognito only."""
import os
import sys

import boto3

pool_id, password, admin = sys.argv[1], sys.argv[2], sys.argv[3]
cognito = boto3.client(
    "cognito-idp", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name=os.environ["AWS_REGION"]
)

people = [
    ("pat", "Pat", "Professional", "professional"),
    ("cleo", "Cleo", "Client", "client"),
    ("chris", "Chris", "Customer", "client"),
]
for username, given, family, group in people:
    cognito.admin_create_user(
        UserPoolId=pool_id,
        Username=username,
        TemporaryPassword=password,
        MessageAction="SUPPRESS",
        UserAttributes=[
            {"Name": "email", "Value": f"{username}@example.com"},
            {"Name": "email_verified", "Value": "true"},
            {"Name": "given_name", "Value": given},
            {"Name": "family_name", "Value": family},
        ],
    )
    cognito.admin_add_user_to_group(UserPoolId=pool_id, Username=username, GroupName=group)

for username in [admin] + [p[0] for p in people]:
    cognito.admin_set_user_password(UserPoolId=pool_id, Username=username, Password=password, Permanent=True)
