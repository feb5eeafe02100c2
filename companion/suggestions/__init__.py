"""What each finding could be replaced with, keeping the post readable."""
