# Wi-Fi accounts of a small conference venue, managed with plain Terraform.
#
# The provider reads its server from HOTSPOT_URL and the secret from
# HOTSPOT_PASSPHRASE, so neither is written here. See README.md to run this
# against the HotSpot emulator.

terraform {
  required_version = ">= 1.5"
  required_providers {
    hotspot = {
      source  = "hotspot-iac/hotspot"
      version = "~> 0.1"
    }
  }
}

provider "hotspot" {
  timeout     = "30s"
  concurrency = 8
}

variable "staff_password" {
  description = "Password of the front-desk account."
  type        = string
  sensitive   = true
  default     = "change-me-Front-Desk-1"
}

# A named account: enforced settings (password, plan, rates, daily limits,
# expiry) are refreshed and corrected; time_left is initial-only, so time used
# by the guest is never reported as drift. A fixed date here would rot: an
# account created after it would be expired on arrival. Price plans are
# created in the server's UI; `plan` names one by its description, as the
# YAML's `plan:` does (`plan_id` takes its number instead).
resource "hotspot_account" "front_desk" {
  username       = "front-desk"
  password       = var.staff_password
  plan           = "1 Week"
  time_left      = "40h"
  rates_download = "8Mbit"
  rates_upload   = "2Mbit"
  daily_time     = "10h"
  expires        = "never"
  multilogin     = 2
  customer = {
    first_name = "Front"
    last_name  = "Desk"
  }
}

# Tickets for the attendees: one generateaccounts call creates all of them.
# (`member_count`, because `count` is a Terraform meta-argument.)
resource "hotspot_voucher_batch" "attendees" {
  prefix       = "CONF26-"
  member_count = 50
  plan         = "1 Day"
  type         = "ticket"
  length       = 14
  time_left    = "8h"
}

# Numbered prepaid accounts for the speakers, with generated passwords.
resource "hotspot_voucher_batch" "speakers" {
  prefix          = "speaker"
  member_count    = 6
  start_number    = 1
  plan            = "1 Week"
  password_length = 10
  rates_download  = "16Mbit"
}

output "attendee_codes" {
  description = "The tickets' codes, to print."
  value       = hotspot_voucher_batch.attendees.usernames
}

output "speaker_logins" {
  description = "Speaker usernames and their generated passwords."
  value       = hotspot_voucher_batch.speakers.passwords
  sensitive   = true
}
