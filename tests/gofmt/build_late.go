package main

//go:build linux

func main() {}
