WHO = "namespace member"
